// Page state and messages: loading, ready, never a blank page; the page's municipality.

import { API_TIMEOUT_MS, ApiError, apiUrl, query } from './api.js';
import { h } from './dom.js';
import { enhanceTables } from './csv.js';
import { updateScrollRegions } from './tables.js';
import { pageHref, param } from './url.js';

function main() {
  return document.querySelector('main');
}

/** Shows the loading message; the page is busy until ready() or fail(). */
export function loading() {
  const element = main();
  element.setAttribute('aria-busy', 'true');
  element.dataset.kkState = 'loading';
  const note = document.querySelector('[data-kk-loading]');
  if (note) {
    note.hidden = false;
  }
}

function settle(state) {
  const element = main();
  element.setAttribute('aria-busy', 'false');
  element.dataset.kkState = state;
  const note = document.querySelector('[data-kk-loading]');
  if (note) {
    note.remove();
  }
}

// On paper every folded section (analyses, follow-ups) is shown.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details:not([open])')) {
    details.setAttribute('open', '');
    details.dataset.kkPrintOpened = '';
  }
});
window.addEventListener('afterprint', () => {
  for (const details of document.querySelectorAll('details[data-kk-print-opened]')) {
    details.removeAttribute('open');
    delete details.dataset.kkPrintOpened;
  }
});

export function ready() {
  settle('ready');
  enhanceTables(main());
  updateScrollRegions(main());
  scrollToHash();
}

function scrollToHash() {
  if (location.hash.length > 1) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.scrollIntoView();
    }
  }
}

/** Sets the heading and the document title: "Mål – Enköping – Kommunkollen". */
export function setTitle(heading, titleParts) {
  const h1 = document.querySelector('main h1');
  if (h1 && heading) {
    h1.textContent = heading;
  }
  document.title = [...titleParts, 'Kommunkollen'].filter(Boolean).join(' – ');
}

/**
 * Feeds for readers: the site-wide one served by the API's host, and this municipality's, as
 * <link rel="alternate"> in the head.
 */
export function setFeedLinks(municipality) {
  const siteFeed = document.querySelector('link[rel="alternate"][type="application/atom+xml"]:not([data-kk-municipality-feed])');
  if (siteFeed) {
    siteFeed.href = new URL('feeds/reports.atom', apiUrl()).href;
  }
  if (!municipality || document.querySelector('link[data-kk-municipality-feed]')) {
    return;
  }
  document.head.append(h('link', {
    rel: 'alternate',
    type: 'application/atom+xml',
    title: `Kommunkollen: rapporter från ${municipality.name}`,
    href: new URL(`feeds/reports/${encodeURIComponent(municipality.id)}.atom`, apiUrl()).href,
    'data-kk-municipality-feed': '',
  }));
}

/** Points the municipality navigation at this municipality and names it. */
export function setMunicipalityNav(municipality) {
  setFeedLinks(municipality);
  const nav = document.querySelector('[data-kk-municipality-nav]');
  if (!nav) {
    return;
  }
  nav.hidden = false;
  for (const link of nav.querySelectorAll('a[data-page]')) {
    link.href = pageHref(link.dataset.page, municipality.id);
  }
  const name = nav.querySelector('[data-kk-municipality-name]');
  if (name) {
    name.textContent = municipality.name;
  }
}

const MESSAGES = {
  timeout: {
    title: 'Det tog för lång tid att hämta uppgifterna',
    text: `Datatjänsten svarade inte inom ${API_TIMEOUT_MS / 1000} sekunder. Försök igen om en stund.`,
  },
  network: {
    title: 'Vi kan inte hämta uppgifterna just nu',
    text: 'Datatjänsten som sidan hämtar sina uppgifter från går inte att nå. Det kan vara ett tillfälligt fel. Försök igen om en stund.',
  },
  http: {
    title: 'Datatjänsten svarade med ett fel',
    text: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
  },
  graphql: {
    title: 'Frågan till datatjänsten gick inte att besvara',
    text: 'Uppgifterna kunde inte hämtas. Försök igen om en stund, eller berätta för oss om felet består.',
  },
};

/** Shows a message in Swedish in place of the content: never a blank page, never a spinner. */
export function fail(error, { target } = {}) {
  const kind = error instanceof ApiError ? error.kind : 'graphql';
  const message = MESSAGES[kind] || MESSAGES.graphql;
  const detail = kind === 'http' && error.detail ? ` (felkod ${error.detail})` : '';
  showMessage({
    title: message.title,
    body: [h('p', null, message.text + detail)],
    retry: true,
    target,
  });
  if (!(error instanceof ApiError)) {
    // an error in our own code: keep it visible for developers
    setTimeout(() => { throw error; });
  }
}

/** Shows a message (not found, no data) and marks the page as finished with an error. */
export function showMessage({ title, body = [], retry = false, target }) {
  const container = target || document.querySelector('[data-kk-content]') || main();
  const alert = h('div', { class: 'kk-alert kk-alert--error', role: 'alert' },
    h('h2', { class: 'kk-alert__title' }, title),
    body,
    retry ? h('p', null, h('button', { type: 'button', class: 'kk-button', onclick: () => location.reload() }, 'Försök igen')) : null,
    h('p', null, h('a', { href: 'index.html' }, 'Till startsidan och sökningen av kommuner')));
  container.replaceChildren(alert);
  settle('error');
}

/** For a municipality id the API does not know: suggest matches by name. */
export async function municipalityNotFound(id) {
  let matches = [];
  if (id) {
    try {
      const data = await query('query Find($q: String!) { municipalities(search: $q, withReports: false) { id name county } }', { q: id });
      matches = data.municipalities || [];
    } catch {
      matches = [];
    }
  }
  return matches;
}

/**
 * Resolves the page's municipality from ?id=: the API's answer for that id, or a message (no id,
 * unknown id with suggestions). A single match by name (the start page's form without
 * JavaScript sends the name) replaces the URL with the canonical id and loads that.
 */
export async function loadMunicipality(run) {
  const id = param('id');
  if (!id) {
    showMessage({
      title: 'Ingen kommun är vald',
      body: [h('p', null, 'Välj en kommun på startsidan, så visar vi den här sidan för den.')],
    });
    return;
  }
  loading();
  try {
    const found = await run(id);
    if (found) {
      return;
    }
    const matches = await municipalityNotFound(id);
    if (matches.length === 1) {
      const url = new URL(location.href);
      url.searchParams.set('id', matches[0].id);
      history.replaceState(null, '', url);
      if (await run(matches[0].id)) {
        return;
      }
    }
    showMessage({
      title: 'Vi hittar ingen sådan kommun',
      body: [
        h('p', null, `Det finns ingen kommun med namnet eller id:t ”${id}” i Kommunkollen.`),
        matches.length > 1
          ? [h('p', null, 'Menade du någon av de här?'), h('ul', null, matches.slice(0, 10).map((m) => h('li', null,
            h('a', { href: pageHref(location.pathname.split('/').pop() || 'kommun.html', m.id) }, `${m.name} (${m.county})`))))]
          : null,
      ],
    });
  } catch (error) {
    fail(error);
  }
}
