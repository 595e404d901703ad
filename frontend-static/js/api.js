// The API client: one GraphQL query per call, by GET with persisted hashes so browsers and CDNs
// keep the answers, and errors of a kind the page can explain.

export const API_TIMEOUT_MS = 15000;

/**
 * The API's address: <meta name="kk-api" content="https://api.example.se/graphql"> in the page,
 * else window.KK_API (for example from a config.js), else /graphql on this site.
 */
export function apiUrl() {
  const meta = document.querySelector('meta[name="kk-api"]');
  const configured = (meta && meta.content.trim()) || window.KK_API;
  return new URL(configured || '/graphql', document.baseURI).href;
}

export class ApiError extends Error {
  constructor(kind, detail) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
    this.kind = kind;
    this.detail = detail;
  }
}

/**
 * Sends one GraphQL query; resolves to `data`. Fails with an ApiError whose kind is
 * 'timeout', 'network', 'http' or 'graphql' (errors and no data). Partial data with errors
 * resolves, and the errors are kept on `data.__errors`.
 *
 * Queries go by GET with only their SHA-256 hash (Apollo's automatic persisted queries), so
 * that browsers and CDNs can keep the answers; the server answers PersistedQueryNotFound
 * the first time, and the query is sent once more with its text. Without crypto.subtle
 * (pages served over plain http from another host than localhost) the text always goes
 * along; a URL too long for proxies goes by POST.
 */
export async function query(document, variables = {}, { timeout = API_TIMEOUT_MS } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let response;
  let body;
  try {
    ({ response, body } = await exchange(document, variables, controller.signal));
  } catch (error) {
    throw new ApiError(error.name === 'AbortError' ? 'timeout' : 'network', error.message);
  } finally {
    clearTimeout(timer);
  }
  if (body === undefined) {
    throw new ApiError('http', response.status);
  }
  if (!body || !body.data) {
    if (!response.ok) {
      throw new ApiError('http', response.status);
    }
    throw new ApiError('graphql', (body && body.errors || []).map((e) => e.message).join('; '));
  }
  if (body.errors && body.errors.length) {
    Object.defineProperty(body.data, '__errors', { value: body.errors });
  }
  return body.data;
}

/** Longest GET URL sent; longer requests go by POST (proxies and CDNs cut at about 8 KB). */
const MAX_GET_URL = 6000;

const hashes = new Map();

/** Hex SHA-256 of a query, or null where the browser offers no crypto.subtle. */
export function queryHash(document) {
  if (!hashes.has(document)) {
    const subtle = globalThis.crypto && globalThis.crypto.subtle;
    hashes.set(document, subtle
      ? subtle.digest('SHA-256', new TextEncoder().encode(document))
        .then((digest) => [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''))
        .catch(() => null)
      : Promise.resolve(null));
  }
  return hashes.get(document);
}

async function exchange(document, variables, signal) {
  const vars = variables && Object.keys(variables).length ? variables : undefined;
  const hash = await queryHash(document);
  if (!hash) {
    return send({ query: document, variables: vars }, signal);
  }
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const first = await send({ variables: vars, extensions }, signal);
  const notFound = first.body && (first.body.errors || []).some((e) => e.message === 'PersistedQueryNotFound'
    || (e.extensions && e.extensions.code === 'PERSISTED_QUERY_NOT_FOUND'));
  return notFound ? send({ query: document, variables: vars, extensions }, signal) : first;
}

/** One request; `body` is undefined when the answer is not JSON. */
async function send(payload, signal) {
  const url = new URL(apiUrl());
  for (const [name, value] of Object.entries(payload)) {
    if (value !== undefined) {
      url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  const response = url.href.length <= MAX_GET_URL
    ? await fetch(url, { headers: { Accept: 'application/json' }, signal })
    : await fetch(apiUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
      signal,
    });
  let body;
  try {
    body = await response.json();
  } catch (error) {
    if (signal.aborted) {
      throw error;
    }
  }
  return { response, body };
}
