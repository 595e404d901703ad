// The editors' drafts (/api/reports): uploading a file, and Swedish words for refusals.

import { EditorApiError, csrfHeaders } from './editor-api.js';

/** Uploads a report file as a draft; resolves to the draft, rejects with EditorApiError. */
export async function uploadReport(file) {
  const body = new FormData();
  body.append('file', file, file.name);
  let response;
  try {
    response = await fetch(new URL('/api/reports', document.baseURI), {
      method: 'POST',
      body,
      headers: { Accept: 'application/json', ...csrfHeaders() },
      credentials: 'same-origin',
    });
  } catch {
    throw new EditorApiError(0, 'NETWORK', 'Servern gick inte att nå. Kontrollera anslutningen och försök igen.');
  }
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    const error = json && Array.isArray(json.errors) ? json.errors[0] : null;
    throw new EditorApiError(response.status, error ? error.extensions.code : `HTTP_${response.status}`,
      error ? error.message : `Servern svarade ${response.status}.`);
  }
  return json;
}

/** A Swedish sentence for a refused draft request, with the server's own message. */
export function refusalText(error) {
  switch (error.status) {
    case 0:
      return error.message;
    case 400:
      return `Filen gick inte att läsa: ${error.message}`;
    case 401:
      return 'Du är inte inloggad, eller inloggningen har gått ut. Logga in och försök igen.';
    case 403:
      if (error.code === 'WRONG_MUNICIPALITY') {
        return `Filen gäller en annan kommun än den ditt konto är redaktör för, så den sparades inte. (${error.message})`;
      }
      return error.code && error.code.startsWith('CSRF')
        ? 'Sidan var för gammal för att skicka formuläret. Ladda om sidan och försök igen.'
        : `Ditt konto får inte göra detta: ${error.message}`;
    case 404:
      return 'Utkastet finns inte. Det kan ha kastats, eller så är adressen fel.';
    case 409:
      return `Utkastet har redan publicerats eller kastats: ${error.message}`;
    case 413:
      return 'Filen är för stor. En rapportfil får vara högst 20 MB.';
    default:
      return `Det gick inte: ${error.message}`;
  }
}
