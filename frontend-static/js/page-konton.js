// Accounts (administrators) and the signed-in account's API tokens.

import { api, currentSession, swedishMessage } from './editor-api.js';
import { query } from './api.js';
import { h } from './dom.js';

const main = document.querySelector('main');
const status = document.getElementById('konton-status');
const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
let municipalityNames = new Map();

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

function fail(error) {
  if (error.status === 401) {
    location.replace('logga-in.html?nasta=konton.html');
    return;
  }
  if (main.getAttribute('aria-busy') === 'true') {
    settle('error');
  }
  const failure = document.getElementById('konton-fel');
  status.hidden = true;
  failure.querySelector('[data-kk-message]').textContent = typeof error === 'string' ? error : swedishMessage(error);
  failure.hidden = false;
  failure.focus();
}

function announce(message) {
  document.getElementById('konton-fel').hidden = true;
  status.textContent = message;
  status.hidden = false;
}

function when(value) {
  return value ? dateTime.format(new Date(value)) : '–';
}

function button(label, onClick) {
  return h('button', { type: 'button', class: 'kk-button kk-button--secondary', onclick: onClick }, label);
}

async function act(action, done) {
  try {
    await action();
    announce(done);
  } catch (error) {
    fail(error);
  }
}

function accountRow(account) {
  const state = !account.enabled ? 'Avstängt'
    : account.lockedUntil ? `Låst till ${when(account.lockedUntil)}` : 'Aktivt';
  const actions = [
    account.enabled
      ? button(`Stäng av ${account.email}`, () => act(() => api(`/api/accounts/${account.id}/disable`, { method: 'POST' })
        .then(showAccounts), `${account.email} är avstängt.`))
      : button(`Aktivera ${account.email}`, () => act(() => api(`/api/accounts/${account.id}/enable`, { method: 'POST' })
        .then(showAccounts), `${account.email} är aktivt igen.`)),
    account.lockedUntil
      ? button(`Lås upp ${account.email}`, () => act(() => api(`/api/accounts/${account.id}/unlock`, { method: 'POST' })
        .then(showAccounts), `${account.email} är upplåst.`))
      : null,
  ];
  return h('tr', {},
    h('th', { scope: 'row' }, account.email),
    h('td', {}, municipalityNames.get(account.municipalityId) || account.municipalityId),
    h('td', {}, account.role === 'ADMINISTRATOR' ? 'Administratör' : 'Redaktör'),
    h('td', {}, state),
    h('td', {}, h('div', { class: 'kk-form__actions' }, actions)));
}

async function showAccounts() {
  const accounts = await api('/api/accounts');
  document.querySelector('#konton-tabell tbody').replaceChildren(...accounts.map(accountRow));
}

function tokenRow(token) {
  return h('tr', {},
    h('th', { scope: 'row' }, token.name),
    h('td', {}, when(token.createdAt)),
    h('td', {}, token.lastUsedAt ? when(token.lastUsedAt) : 'Aldrig'),
    h('td', {}, token.revokedAt ? `Återkallad ${when(token.revokedAt)}` : 'Gäller'),
    h('td', {}, token.revokedAt ? null
      : button(`Återkalla ${token.name}`, () => act(() => api(`/api/tokens/${token.id}/revoke`, { method: 'POST' })
        .then(showTokens), `Nyckeln ${token.name} är återkallad och fungerar inte längre.`))));
}

async function showTokens() {
  const tokens = await api('/api/tokens');
  const rows = tokens.length ? tokens.map(tokenRow)
    : [h('tr', {}, h('td', { colspan: '5' }, 'Du har inga API-nycklar.'))];
  document.querySelector('#nycklar-tabell tbody').replaceChildren(...rows);
}

function setUpAccountForm() {
  const form = document.getElementById('nytt-konto');
  const select = form.elements.municipalityId;
  const sorted = [...municipalityNames.entries()].sort((a, b) => a[1].localeCompare(b[1], 'sv'));
  select.replaceChildren(...sorted.map(([id, name]) => h('option', { value: id }, name)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = form.elements.email;
    const password = form.elements.password;
    email.setAttribute('aria-invalid', String(!email.value.trim()));
    password.setAttribute('aria-invalid', String(password.value.length < 12));
    if (!email.value.trim() || password.value.length < 12) {
      fail('Fyll i en e-postadress och ett lösenord på minst 12 tecken.');
      return;
    }
    await act(async () => {
      await api('/api/accounts', {
        method: 'POST',
        json: {
          email: email.value.trim(),
          password: password.value,
          municipalityId: select.value,
          administrator: form.elements.administrator.checked,
        },
      });
      form.reset();
      await showAccounts();
    }, `Kontot ${email.value.trim()} är skapat.`);
  });
}

function setUpTokenForm() {
  const form = document.getElementById('ny-nyckel-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await api('/api/tokens', { method: 'POST', json: { name: form.elements.name.value } });
      form.reset();
      await showTokens();
      const shown = document.getElementById('ny-nyckel');
      shown.querySelector('[data-kk-token]').textContent = created.token;
      shown.hidden = false;
      shown.focus();
    } catch (error) {
      fail(error);
    }
  });
}

async function municipalities() {
  try {
    const data = await query('{ municipalities(withReports: false) { id name } }');
    return new Map(data.municipalities.map((municipality) => [municipality.id, municipality.name]));
  } catch (error) {
    return new Map();
  }
}

async function start() {
  try {
    const session = await currentSession();
    if (!session) {
      location.replace('logga-in.html?nasta=konton.html');
      return;
    }
    if (session.role === 'ADMINISTRATOR') {
      municipalityNames = await municipalities();
      await showAccounts();
      setUpAccountForm();
      document.getElementById('konton').hidden = false;
    }
    await showTokens();
    setUpTokenForm();
    document.getElementById('nycklar').hidden = false;
  } catch (error) {
    fail(error);
  } finally {
    settle();
  }
}

start();
