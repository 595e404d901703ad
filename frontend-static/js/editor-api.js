// The editors' JSON API (/api/…) on this site: the session cookie goes along, and every request
// that changes something echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header (Spring
// Security's token for single-page applications).

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

/** An answer of the editors' API that is not a success: its status, code and message. */
export class EditorApiError extends Error {
  constructor(status, code, message, extensions = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extensions = extensions;
  }
}

function csrfToken() {
  for (const cookie of document.cookie.split(';')) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === CSRF_COOKIE) {
      return decodeURIComponent(value.join('='));
    }
  }
  return null;
}

/** The site root's /api/ path, from a page anywhere on the site. */
export function editorApiUrl(path) {
  return new URL(`../api/${path}`, document.baseURI).href;
}

/**
 * Sends a request to the editors' API and answers its JSON; throws EditorApiError for any
 * status but 2xx, with the server's message where it sent one.
 */
export async function editorApi(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) {
      headers[CSRF_HEADER] = token;
    }
  }
  let response;
  try {
    response = await fetch(editorApiUrl(path), { method, body, headers, credentials: 'same-origin' });
  } catch {
    throw new EditorApiError(0, 'NETWORK', 'Servern gick inte att nå. Kontrollera anslutningen och försök igen.');
  }
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    const error = json && Array.isArray(json.errors) ? json.errors[0] : null;
    const extensions = (error && error.extensions) || {};
    throw new EditorApiError(response.status, extensions.code || `HTTP_${response.status}`,
      (error && error.message) || `Servern svarade ${response.status}.`, extensions);
  }
  return json;
}

/** Who is signed in ({email, municipalityId, role}), or null; also sets the CSRF cookie. */
export async function currentSession() {
  try {
    return await editorApi('session');
  } catch (error) {
    if (error.status === 401) {
      return null;
    }
    throw error;
  }
}

/** A Swedish sentence for a refusal of the editors' API, with the server's own message. */
export function refusalText(error) {
  switch (error.status) {
    case 400:
      return `Filen gick inte att läsa: ${error.message}`;
    case 401:
      return 'Du är inte inloggad, eller inloggningen har gått ut. Logga in och försök igen.';
    case 403:
      return error.code && error.code.startsWith('CSRF')
        ? 'Sidans säkerhetsnyckel saknas eller har gått ut. Ladda om sidan och försök igen.'
        : `Ditt konto får inte göra detta: ${error.message}`;
    case 404:
      return 'Utkastet finns inte. Det kan ha tagits bort, eller så är adressen fel.';
    case 409:
      return `Utkastet har redan publicerats eller kastats: ${error.message}`;
    case 413:
      return 'Filen är för stor. En rapportfil får vara högst 20 MB.';
    default:
      return error.message;
  }
}
