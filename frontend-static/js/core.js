// Shared by every page: the API client, Swedish formatting, safe DOM building, status badges,
// provenance links, page state and messages, and "Ladda ner CSV" for tables.

// ---------------------------------------------------------------------------------------------
// API

const API_TIMEOUT_MS = 15000;

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

// ---------------------------------------------------------------------------------------------
// URL parameters

export function param(name) {
  const value = new URLSearchParams(location.search).get(name);
  return value === null ? null : value.trim();
}

export function params(name) {
  return new URLSearchParams(location.search).getAll(name).map((v) => v.trim()).filter(Boolean);
}

/** A link to a page of the site for the current municipality. */
export function pageHref(page, municipalityId, extra = {}) {
  const search = new URLSearchParams();
  if (municipalityId) {
    search.set('id', municipalityId);
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== null && value !== undefined && value !== '') {
      search.set(key, value);
    }
  }
  const query = search.toString();
  return query ? `${page}?${query}` : page;
}

// ---------------------------------------------------------------------------------------------
// Swedish formatting

const numberFormats = new Map();

function numberFormat(decimals) {
  if (!numberFormats.has(decimals)) {
    numberFormats.set(decimals, new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }));
  }
  return numberFormats.get(decimals);
}

/** Number of decimals a value is written with ("-237.2" -> 1). */
export function decimalsOf(value) {
  if (value === null || value === undefined || value === '') {
    return 0;
  }
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** "−237,2", "15 580": Swedish grouping, decimal comma and a real minus sign. */
export function formatNumber(value, decimals = decimalsOf(value)) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const number = Number(value);
  if (!Number.isFinite(number)) {
    return String(value);
  }
  return numberFormat(Math.min(decimals, 6)).format(number);
}

/** A value with its unit: "7,5 %", "77", "3 455 kr". */
export function formatWithUnit(value, unit, decimals) {
  const number = formatNumber(value, decimals);
  if (!unit || !number) {
    return number;
  }
  const trimmed = unit.trim();
  if (trimmed === '%') {
    return `${number}\u00a0%`;
  }
  if (/^(index|antal|st)$/i.test(trimmed)) {
    return number;
  }
  return `${number}\u00a0${trimmed}`;
}

/** For CSV: decimal comma, no grouping, hyphen-minus (what Swedish Excel reads as a number). */
export function csvNumber(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  return String(value).replace('.', ',');
}

const UNIT_NAMES = {
  mnkr: 'miljoner kronor',
  mkr: 'miljoner kronor',
  mnr: 'miljoner kronor',
  mdkr: 'miljarder kronor',
  tkr: 'tusen kronor',
  kr: 'kronor',
};

/** The unit spelled out: the API's unitName, else our own reading of the printed unit. */
export function unitName(unit, name) {
  if (name) {
    return name;
  }
  if (!unit) {
    return null;
  }
  return UNIT_NAMES[unit.trim().toLowerCase().replace(/\.$/, '')] || unit;
}

export function plural(count, one, many) {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}

// ---------------------------------------------------------------------------------------------
// Words for the API's enums

export const REPORT_KINDS = {
  EVALUATION: 'Utvärdering enligt Kommunkompassen',
  INTERIM_REPORT: 'Delårsrapport',
  ANNUAL_REPORT: 'Verksamhetsberättelse',
  CLOSING_ACCOUNTS: 'Bokslut',
};

// The words for the shared assessment scale. widgets.js carries the same words (it is one file
// for other sites to load); e2e/tests/vocabulary.test.mjs fails when the two differ.
export const ASSESSMENTS = {
  GOOD: { name: 'Går bra', explain: 'Målet nås eller är på rätt väg.', shape: 'good' },
  PARTLY: { name: 'Delvis', explain: 'Målet nås delvis eller är delvis på rätt väg.', shape: 'partly' },
  POOR: { name: 'Brister', explain: 'Målet nås inte eller har brister.', shape: 'poor' },
  NOT_ASSESSED: { name: 'Inte bedömt', explain: 'Rapporten säger att det inte har bedömts.', shape: 'none' },
  UNKNOWN: { name: 'Okänt', explain: 'Rapporten ger ingen bedömning som går att läsa säkert: den saknas, eller en symbol försvann när rapporten gjordes om till text.', shape: 'unknown' },
};
export const ASSESSMENT_ORDER = ['GOOD', 'PARTLY', 'POOR', 'NOT_ASSESSED', 'UNKNOWN'];

/** Levels that are an assessment the report makes (not "not assessed", not unknown). */
export const ASSESSED_LEVELS = ['GOOD', 'PARTLY', 'POOR'];

export const AREA_KINDS = {
  MUNICIPAL_TASK: ['kommunens uppgift', 'kommunens uppgifter'],
  PROCESS_AREA: ['processområde', 'processområden'],
  TARGET_AREA: ['målområde', 'målområden'],
  OTHER: ['område', 'områden'],
};

/**
 * Records ({assessment: {normalized, label}}) counted by level, with the labels the report
 * printed: [{normalized, count, labels}] in the scale's order.
 */
export function countAssessments(records) {
  const counts = new Map();
  for (const record of records) {
    const level = (record.assessment && record.assessment.normalized) || 'UNKNOWN';
    const count = counts.get(level) || { normalized: level, count: 0, labels: [] };
    count.count += 1;
    const label = record.assessment && record.assessment.label;
    if (label && !count.labels.includes(label)) {
      count.labels.push(label);
    }
    counts.set(level, count);
  }
  return ASSESSMENT_ORDER.filter((level) => counts.has(level)).map((level) => counts.get(level));
}

/** The areas of a report that the report assesses, and how; null when it assesses none. */
export function assessedAreas(report) {
  const areas = report.areas || [];
  const assessed = areas.filter((area) => area.assessment && ASSESSED_LEVELS.includes(area.assessment.normalized));
  if (!assessed.length) {
    return null;
  }
  const kinds = new Set(assessed.map((area) => area.kind));
  const kind = kinds.size === 1 ? [...kinds][0] : 'OTHER';
  return { areas, assessed, kind, counts: countAssessments(assessed) };
}

/** "9 processområden" */
export function areaWords(count, kind) {
  const [one, many] = AREA_KINDS[kind] || AREA_KINDS.OTHER;
  return plural(count, one, many);
}

export const GOAL_LEVELS = {
  COUNCIL: { name: 'KF-mål', explain: 'Mål som kommunfullmäktige (KF), kommunens högsta beslutande politiska församling, har beslutat.' },
  BOARD: { name: 'Nämndmål', explain: 'Mål som en nämnd eller kommunstyrelsen har beslutat för sin egen verksamhet.' },
  PROCESS: { name: 'Processmål', explain: 'Mål för flera år (ofta fyra) inom ett processområde.' },
  EMPLOYEE: { name: 'Medarbetarmål', explain: 'Mål för kommunen som arbetsgivare: sjukfrånvaro, engagemang, ledarskap.' },
  OTHER: { name: 'Övriga mål', explain: 'Mål på en annan nivå.' },
};
export const GOAL_LEVEL_ORDER = ['COUNCIL', 'BOARD', 'PROCESS', 'EMPLOYEE', 'OTHER'];

export const TRENDS = {
  BETTER: { arrow: '↗', name: 'Bättre än förra året' },
  UNCHANGED: { arrow: '→', name: 'Oförändrat mot förra året' },
  WORSE: { arrow: '↘', name: 'Sämre än förra året' },
};

export const COMMITMENT_STATUSES = {
  DONE: { name: 'Klart', shape: 'good' },
  IN_PROGRESS: { name: 'Pågår', shape: 'partly' },
  DELAYED: { name: 'Försenat', shape: 'poor' },
  NOT_STARTED: { name: 'Inte påbörjat', shape: 'none' },
  CANCELLED: { name: 'Avbrutet', shape: 'poor' },
  UNKNOWN: { name: 'Status saknas', shape: 'unknown' },
};

export const CONTROL_RESULTS = {
  NO_DEVIATION: { name: 'Utan avvikelse', shape: 'good' },
  MINOR_DEVIATION: { name: 'Mindre avvikelse', shape: 'partly' },
  MAJOR_DEVIATION: { name: 'Större avvikelse', shape: 'poor' },
  NOT_PERFORMED: { name: 'Inte genomförd', shape: 'none' },
  UNKNOWN: { name: 'Resultat saknas', shape: 'unknown' },
};

export const INITIATIVE_KINDS = {
  PRIORITY: 'Prioriterad satsning',
  DIRECTED_ASSIGNMENT: 'Riktat uppdrag',
  BUDGET_DIRECTION: 'Inriktning i Mål och budget',
};

const VALUE_KIND_WORDS = { BASELINE: 'Startläge', OUTCOME: 'Utfall', TARGET: 'Mål' };

/** "Utfall aug 2023": the column header as printed, with the kind of value when it lacks it. */
export function valueLabel(value) {
  const period = (value.period || '').trim();
  const word = VALUE_KIND_WORDS[value.kind] || '';
  if (!period) {
    return word;
  }
  if (/^(startläge|utfall|mål|bokslut|prognos|budget)/i.test(period)) {
    return period;
  }
  return `${word} ${period}`.trim();
}

export const STATEMENT_KINDS = {
  INCOME_STATEMENT: 'Resultaträkning',
  OPERATING_ACCOUNT: 'Driftredovisning',
  INVESTMENT_ACCOUNT: 'Investeringsredovisning',
  BALANCE_SHEET: 'Balansräkning',
  KEY_FIGURES: 'Nyckeltal utan tabellhuvud',
  OTHER: 'Annan tabell',
};

// ---------------------------------------------------------------------------------------------
// DOM

/**
 * Builds an element: h('a', {href, class}, 'text', child). Strings become text nodes (never
 * HTML); null, undefined and false children are skipped; arrays are flattened.
 */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      element.className = value;
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else {
      element.setAttribute(key, value === true ? '' : value);
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child instanceof Node) {
      parent.append(child);
    } else {
      parent.append(document.createTextNode(String(child)));
    }
  }
}

/** Replaces the children of `container`; skips null, undefined and false like h(). */
export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
  return container;
}

export function hidden(text) {
  return h('span', { class: 'kk-visually-hidden' }, text);
}

const SAFE_TAGS = new Set(['P', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'BR', 'I', 'B']);
const DROPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT']);

/**
 * The API's sanitised HTML (p, ul, ol, li, em, strong, br), rebuilt element by element with no
 * attributes, so nothing but those tags can reach the page even if the API were wrong.
 */
export function safeHtml(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  const fragment = document.createDocumentFragment();
  const copy = (source, target) => {
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        target.append(document.createTextNode(node.textContent));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (DROPPED_TAGS.has(node.tagName)) {
          continue;
        }
        if (SAFE_TAGS.has(node.tagName)) {
          const tag = node.tagName === 'I' ? 'em' : node.tagName === 'B' ? 'strong' : node.tagName.toLowerCase();
          const element = document.createElement(tag);
          copy(node, element);
          target.append(element);
        } else {
          copy(node, target);
        }
      }
    }
  };
  copy(template.content, fragment);
  return fragment;
}

/** Text as paragraphs: the sanitised HTML when there is some, else the plain text by lines. */
export function richText(html, text) {
  if (html) {
    return h('div', { class: 'kk-prose' }, safeHtml(html));
  }
  if (!text) {
    return null;
  }
  return h('div', { class: 'kk-prose' }, text.split(/\n{1,}/).filter((line) => line.trim()).map((line) => h('p', null, line)));
}

let idCounter = 0;
export function uniqueId(prefix = 'kk') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

// ---------------------------------------------------------------------------------------------
// Status badges: a shape and a word, never colour alone

const SHAPES = {
  good: '<circle cx="8" cy="8" r="7"/><path d="M4.5 8.3l2.3 2.3 4.7-5" fill="none" stroke="#fff" stroke-width="2"/>',
  partly: '<circle cx="8" cy="8" r="6.2" fill="#fff" stroke="currentColor" stroke-width="1.6"/><path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z"/>',
  poor: '<path d="M8 1l7.5 13.5h-15z"/><path d="M8 5.5v4.5M8 11.5v1.6" stroke="#fff" stroke-width="1.8"/>',
  none: '<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/>',
  unknown: '<rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="none" stroke="currentColor" stroke-width="1.6"/><text x="8" y="12" font-size="10" text-anchor="middle" font-weight="700">?</text>',
};

export function shapeIcon(shape) {
  const span = h('span', { class: 'kk-status__icon', 'aria-hidden': 'true' });
  span.innerHTML = `<svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor" focusable="false">${SHAPES[shape] || SHAPES.unknown}</svg>`;
  return span;
}

/** A badge for a goal or area assessment: our scale's word, and the municipality's own label. */
export function assessmentBadge(assessment) {
  const level = (assessment && assessment.normalized) || 'UNKNOWN';
  const info = ASSESSMENTS[level] || ASSESSMENTS.UNKNOWN;
  const label = assessment && assessment.label;
  return h('span', { class: `kk-status kk-status--${info.shape}` },
    shapeIcon(info.shape),
    h('span', { class: 'kk-status__text' }, hidden('Bedömning: '), info.name),
    label && label.trim().toLowerCase() !== info.name.toLowerCase()
      ? h('span', { class: 'kk-status__label' }, `(kommunens ord: ”${label}”)`)
      : null);
}

/** A badge for any status with a shape: {name, shape} and an optional printed label. */
export function statusBadge(info, label, prefix = 'Status: ') {
  return h('span', { class: `kk-status kk-status--${info.shape}` },
    shapeIcon(info.shape),
    h('span', { class: 'kk-status__text' }, hidden(prefix), info.name),
    label && label.trim().toLowerCase() !== info.name.toLowerCase()
      ? h('span', { class: 'kk-status__label' }, `(”${label}”)`)
      : null);
}

export function trendBadge(trend) {
  const info = TRENDS[trend];
  if (!info) {
    return null;
  }
  return h('span', { class: 'kk-trend' }, h('span', { 'aria-hidden': 'true' }, `${info.arrow} `), info.name);
}

// ---------------------------------------------------------------------------------------------
// Provenance: every figure links to the lines of the report it came from

export function sourceHref(reportId, provenance) {
  const search = new URLSearchParams({ report: reportId });
  if (provenance && provenance.lineStart) {
    search.set('from', provenance.lineStart);
    search.set('to', provenance.lineEnd || provenance.lineStart);
  }
  return `kalla.html?${search}`;
}

export function lineRange(provenance) {
  if (!provenance || !provenance.lineStart) {
    return '';
  }
  const { lineStart, lineEnd } = provenance;
  return !lineEnd || lineEnd === lineStart ? `rad ${lineStart}` : `rad ${lineStart}–${lineEnd}`;
}

/** "Källa: rad 975–997", linking to the source page with those lines highlighted. */
export function sourceLink(reportId, provenance, { short = false } = {}) {
  if (!reportId || !provenance) {
    return null;
  }
  const range = lineRange(provenance);
  // The short form shows "rad 84" in a table's Källa column; its name still says what it is.
  return h('a', {
    class: 'kk-source-link',
    href: sourceHref(reportId, provenance),
    'aria-label': short ? `Källa: ${range}` : null,
  }, short ? range : `Källa: ${range}`);
}

// ---------------------------------------------------------------------------------------------
// Page state and messages

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

/** Points the municipality navigation at this municipality and names it. */
export function setMunicipalityNav(municipality) {
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

// ---------------------------------------------------------------------------------------------
// Tables: "Ladda ner CSV" for every table with data-kk-csv

function csvField(text) {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV for Swedish Excel: UTF-8 with BOM, semicolons, decimal comma, CRLF. */
export function tableToCsv(table) {
  const lines = [];
  for (const row of table.querySelectorAll('tr')) {
    const cells = [...row.children].filter((cell) => !cell.hasAttribute('data-csv-skip'));
    const fields = [];
    for (const cell of cells) {
      const text = cell.hasAttribute('data-csv') ? cell.getAttribute('data-csv') : cell.textContent.replace(/\s+/g, ' ').trim();
      fields.push(csvField(text));
      const span = Number(cell.getAttribute('colspan') || 1);
      for (let i = 1; i < span; i += 1) {
        fields.push('');
      }
    }
    lines.push(fields.join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function fileName(text) {
  const base = (text || 'tabell').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${base || 'tabell'}.csv`;
}

export function enhanceTables(root) {
  for (const table of root.querySelectorAll('table[data-kk-csv]:not([data-kk-csv-ready])')) {
    table.setAttribute('data-kk-csv-ready', '');
    const caption = table.querySelector('caption');
    const name = table.dataset.kkCsv || (caption && caption.textContent.trim()) || 'tabell';
    const button = h('button', {
      type: 'button',
      class: 'kk-button kk-button--secondary kk-csv-button',
      onclick: () => {
        const blob = new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
        const url = URL.createObjectURL(blob);
        const link = h('a', { href: url, download: fileName(name), hidden: true });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
    }, 'Ladda ner CSV', hidden(` – ${name}`));
    const scroller = table.closest('.kk-table-scroll') || table;
    scroller.after(h('p', { class: 'kk-csv' }, button));
  }
}

/**
 * A table wrapped so it scrolls sideways on narrow screens; the scroll area is focusable and
 * named by the caption so keyboard users can scroll it too.
 */
export function scrollTable(table) {
  const caption = table.querySelector('caption');
  if (caption && !caption.id) {
    caption.id = uniqueId('caption');
  }
  return h('div', { class: 'kk-table-scroll', dataset: { labelledby: caption ? caption.id : '' } }, table);
}

/**
 * A table area that scrolls sideways becomes a named region in the tab order, so keyboard
 * users can scroll it; one that fits stays out of the way. Checked again when the width changes.
 */
export function updateScrollRegions(root = document) {
  for (const area of root.querySelectorAll('.kk-table-scroll')) {
    if (area.scrollWidth > area.clientWidth + 1) {
      area.setAttribute('role', 'region');
      area.setAttribute('tabindex', '0');
      if (area.dataset.labelledby) {
        area.setAttribute('aria-labelledby', area.dataset.labelledby);
      }
    } else {
      area.removeAttribute('role');
      area.removeAttribute('tabindex');
      area.removeAttribute('aria-labelledby');
    }
  }
}

// tables in a folded section get their size when it opens ('toggle' does not bubble)
document.addEventListener('toggle', (event) => {
  if (event.target instanceof HTMLDetailsElement && event.target.open) {
    updateScrollRegions(event.target);
  }
}, true);

let resizeTimer;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => updateScrollRegions(), 200);
});

export function normalizeName(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
