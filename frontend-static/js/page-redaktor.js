// The editors' start page: who is signed in, links onward, signing out.

import { currentSession, signOut, swedishMessage } from './editor-api.js';
import { query } from './api.js';

const main = document.querySelector('main');

function settle(state = 'ready') {
  main.setAttribute('aria-busy', 'false');
  if (main.dataset.kkState !== 'error') {
    main.dataset.kkState = state;
  }
  const loading = document.querySelector('[data-kk-loading]');
  if (loading) {
    loading.remove();
  }
}

function fail(message) {
  settle('error');
  const failure = document.getElementById('redaktor-fel');
  failure.querySelector('[data-kk-message]').textContent = message;
  failure.hidden = false;
  failure.focus();
}

async function municipalityName(id) {
  try {
    const data = await query('query Kommun($id: ID!) { municipality(id: $id) { name } }', { id });
    return (data.municipality && data.municipality.name) || id;
  } catch (error) {
    return id;
  }
}

async function start() {
  let session;
  try {
    session = await currentSession();
  } catch (error) {
    fail(swedishMessage(error));
    return;
  }
  if (!session) {
    location.replace('logga-in.html?nasta=index.html');
    return;
  }
  const name = await municipalityName(session.municipalityId);
  const section = document.getElementById('redaktor');
  section.querySelector('[data-kk-email]').textContent = session.email;
  section.querySelector('[data-kk-role]').textContent = session.role === 'ADMINISTRATOR'
    ? `Administratör: du hanterar konton och får arbeta för alla kommuner (ditt konto hör till ${name}).`
    : `Redaktör för ${name}.`;
  if (session.role === 'ADMINISTRATOR') {
    section.querySelector('[data-kk-accounts-link]').textContent = 'Konton och API-nycklar';
  }
  document.getElementById('logga-ut').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signOut();
      location.assign('logga-in.html?utloggad');
    } catch (error) {
      fail(swedishMessage(error));
    }
  });
  section.hidden = false;
  settle();
}

start();
