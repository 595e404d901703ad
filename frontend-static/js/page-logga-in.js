// The sign-in page: checks the fields, signs in with /api/login, and announces errors by
// moving focus to them.

import { api, currentSession, swedishMessage } from './editor-api.js';

const form = document.getElementById('logga-in');
const failure = document.getElementById('inloggning-fel');

function showFailure(message) {
  failure.querySelector('[data-kk-message]').textContent = message;
  failure.hidden = false;
  failure.focus();
}

function markInvalid(input, invalid) {
  if (invalid) {
    input.setAttribute('aria-invalid', 'true');
  } else {
    input.removeAttribute('aria-invalid');
  }
}

/** Where to go after signing in: a page of the editor pages only. */
function nextPage() {
  const next = new URLSearchParams(location.search).get('nasta');
  return next && /^[a-z-]+\.html$/.test(next) ? next : 'index.html';
}

async function signIn(event) {
  event.preventDefault();
  const email = form.elements.email;
  const password = form.elements.password;
  markInvalid(email, !email.value.trim());
  markInvalid(password, !password.value);
  if (!email.value.trim() || !password.value) {
    showFailure('Fyll i både e-postadress och lösenord.');
    (email.value.trim() ? password : email).focus();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await api('/api/login', { method: 'POST', json: { email: email.value.trim(), password: password.value } });
    location.assign(nextPage());
  } catch (error) {
    password.value = '';
    showFailure(swedishMessage(error));
  } finally {
    button.disabled = false;
  }
}

async function start() {
  if (new URLSearchParams(location.search).has('utloggad')) {
    document.getElementById('utloggad').hidden = false;
  }
  form.addEventListener('submit', signIn);
  try {
    // Also sets the CSRF cookie that the sign-in request must echo.
    const session = await currentSession();
    if (session) {
      const signedIn = document.getElementById('inloggad');
      signedIn.querySelector('[data-kk-email]').textContent = session.email;
      signedIn.hidden = false;
    }
  } catch (error) {
    showFailure(swedishMessage(error));
  }
  const main = document.querySelector('main');
  main.dataset.kkState = 'ready';
  main.setAttribute('aria-busy', 'false');
}

start();
