// Calls to the editors' JSON endpoints (/api/...) from the editor pages: same origin, the
// session cookie, and the CSRF token (cookie XSRF-TOKEN) echoed in the X-XSRF-TOKEN header
// on every request that changes something.

export const CSRF_HEADER = 'X-XSRF-TOKEN';

/** An answer that was not 2xx: status, code (UNAUTHENTICATED, FORBIDDEN, ...) and message. */
export class EditorApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The CSRF token the server set as a cookie (GET /api/session sets it). */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : null;
}

/** Headers for a request that changes something: the CSRF header. */
export function csrfHeaders() {
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}

/**
 * GET or POST to an /api/ path; resolves to the JSON answer, rejects with EditorApiError
 * (status 0 when the server could not be reached).
 */
export async function api(path, { method = 'GET', json } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    Object.assign(headers, csrfHeaders());
  }
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(new URL(path, document.baseURI), {
      method,
      headers,
      body: json !== undefined ? JSON.stringify(json) : undefined,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new EditorApiError(0, 'NETWORK', 'Servern gick inte att nå. Kontrollera anslutningen och försök igen.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.errors && body.errors[0];
    throw new EditorApiError(response.status, error ? error.extensions.code : 'HTTP',
      error ? error.message : `Servern svarade ${response.status}.`);
  }
  return body;
}

/** Who is signed in ({email, municipalityId, role}) or null; also sets the CSRF cookie. */
export async function currentSession() {
  try {
    return await api('/api/session');
  } catch (error) {
    if (error.status === 401) {
      return null;
    }
    throw error;
  }
}

export async function signOut() {
  await api('/api/logout', { method: 'POST' });
}

/** Swedish words for a refusal's code, for messages on the pages. */
export function swedishMessage(error) {
  switch (error.code) {
    case 'SIGN_IN_FAILED':
      return 'Fel e-postadress eller lösenord, eller så är kontot avstängt eller tillfälligt låst efter för många felaktiga lösenord. Försök igen om en stund.';
    case 'UNAUTHENTICATED':
    case 'ACCOUNT_DISABLED':
      return 'Du är inte inloggad längre. Logga in igen.';
    case 'FORBIDDEN':
      return 'Ditt konto får inte göra det här.';
    case 'CSRF_TOKEN_MISSING':
    case 'CSRF_TOKEN_INVALID':
      return 'Sidan var för gammal för att skicka formuläret. Ladda om sidan och försök igen.';
    case 'RATE_LIMITED':
      return 'För många försök på kort tid. Vänta en stund och försök igen.';
    default:
      return error.status === 0 ? error.message : `Det gick inte: ${error.message}`;
  }
}
