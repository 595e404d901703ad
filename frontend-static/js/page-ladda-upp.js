// redaktor/ladda-upp.html: an editor uploads a report file; it becomes a draft to review.

import { fill, h } from './dom.js';
import { REPORT_KINDS } from './vocabulary.js';
import { api, currentSession } from './editor-api.js';
import { refusalText, uploadReport } from './drafts.js';

const form = document.querySelector('[data-kk-upload-form]');
const input = form.querySelector('input[type=file]');
const button = form.querySelector('[data-kk-upload-button]');
const errorBox = document.querySelector('[data-kk-upload-error]');
const status = document.querySelector('[data-kk-upload-status]');
const sessionNote = document.querySelector('[data-kk-session]');

function showError(text) {
  fill(errorBox, h('h2', { class: 'kk-alert__title' }, 'Filen laddades inte upp'), h('p', null, text));
  errorBox.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  errorBox.focus();
}

function clearError() {
  errorBox.hidden = true;
  errorBox.replaceChildren();
  input.removeAttribute('aria-invalid');
}

async function upload(event) {
  event.preventDefault();
  clearError();
  const file = input.files[0];
  if (!file) {
    showError('Välj en rapportfil att ladda upp.');
    input.focus();
    return;
  }
  button.disabled = true;
  status.textContent = `Laddar upp och läser ${file.name} …`;
  try {
    const draft = await uploadReport(file);
    status.textContent = 'Utkastet är sparat. Öppnar granskningen …';
    location.assign(new URL(`utkast.html?id=${encodeURIComponent(draft.id)}`, document.baseURI).href);
  } catch (error) {
    status.textContent = '';
    showError(refusalText(error));
  } finally {
    button.disabled = false;
  }
}

async function showDrafts() {
  const section = document.querySelector('[data-kk-drafts]');
  const drafts = await api('/api/reports?state=DRAFT');
  if (drafts.length === 0) {
    return;
  }
  fill(section.querySelector('[data-kk-draft-list]'), drafts.map((draft) => h('li', null,
    h('a', { href: `utkast.html?id=${encodeURIComponent(draft.id)}` }, draft.title),
    ` – ${REPORT_KINDS[draft.kind] || draft.kind}${draft.periodLabel ? `, ${draft.periodLabel}` : ''}`,
    ` (${draft.fileName}, uppladdad ${new Date(draft.uploadedAt).toLocaleString('sv-SE')})`)));
  section.hidden = false;
}

async function start() {
  form.addEventListener('submit', upload);
  try {
    const session = await currentSession();
    if (!session) {
      fill(sessionNote, 'Du är inte inloggad. ', h('a', { href: 'logga-in.html' }, 'Logga in'),
        ' för att ladda upp rapporter.');
      button.disabled = true;
      return;
    }
    fill(sessionNote, `Inloggad som ${session.email}`,
      session.municipalityId ? `, redaktör för ${session.municipalityId}.` : '.');
    await showDrafts();
  } catch (error) {
    fill(sessionNote, refusalText(error));
  }
}

start();
