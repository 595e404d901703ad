// Asks the API under test directly, so a test can compare what a page shows with the data.
import { baseUrl } from './browser.mjs';

export async function graphql(query, variables = {}) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15000),
  });
  if (!response.ok) {
    throw new Error(`GraphQL HTTP ${response.status}`);
  }
  const body = await response.json();
  if (body.errors?.length) {
    throw new Error(`GraphQL errors: ${body.errors.map((error) => error.message).join('; ')}`);
  }
  return body.data;
}
