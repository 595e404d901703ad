// The source: a report's lines, numbered, with the cited range highlighted and scrolled to.
// kalla.html?report=ID&from=N&to=M (highlight), optional &visa=K (first line shown).
import { query } from './api.js';
import { fill, h } from './dom.js';
import { formatNumber } from './format.js';
import { fail, loading, ready, setMunicipalityNav, setTitle, showMessage } from './page.js';
import { pageHref, param } from './url.js';
import { REPORT_KINDS } from './vocabulary.js';
import { changesHref } from './corrections.js';

const QUERY = `query Source($report: ID!, $from: Int!, $to: Int!) {
  report(id: $report) {
    id title kind issuer year periodLabel registrationNumber sourceFileName checksum lineCount
    municipality { id name }
    sourceLines(from: $from, to: $to) { number text }
  }
}`;

const CONTEXT = 15;
const WINDOW = 200;
const MAX_WINDOW = 500;

const content = document.querySelector('[data-kk-content]');

function positiveInt(value) {
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) && number > 0 ? number : null;
}

/** Which lines to fetch: the highlighted range with some context, at most 500 lines. */
function windowFor(from, to, first) {
  if (first) {
    return { start: first, end: first + WINDOW - 1 };
  }
  if (!from) {
    return { start: 1, end: WINDOW };
  }
  const start = Math.max(1, from - CONTEXT);
  const end = Math.min(start + MAX_WINDOW - 1, Math.max(to + CONTEXT, start + 60));
  return { start, end };
}

async function start() {
  const reportId = param('report');
  if (!reportId) {
    showMessage({
      title: 'Ingen rapport är vald',
      body: [h('p', null, 'Den här sidan visar texten i en rapport. Följ en källänk från en siffra på webbplatsen för att komma hit.')],
    });
    return;
  }
  let from = positiveInt(param('from'));
  let to = positiveInt(param('to'));
  if (from && (!to || to < from)) {
    to = from;
  }
  const first = positiveInt(param('visa'));
  const { start: windowStart, end: windowEnd } = windowFor(from, to, first);
  loading();
  try {
    const data = await query(QUERY, { report: reportId, from: windowStart, to: windowEnd });
    if (!data.report) {
      showMessage({
        title: 'Vi hittar inte rapporten',
        body: [h('p', null, `Det finns ingen rapport med id ”${reportId}” i Kommunkollen. Den kan ha tagits bort eller ersatts av en nyare version.`)],
      });
      return;
    }
    render(data.report, { from, to, windowStart, windowEnd });
  } catch (error) {
    fail(error);
  }
}

function sourceList(lines, className) {
  if (!lines.length) {
    return null;
  }
  return h('ol', { class: 'kk-source', start: String(lines[0].number) },
    lines.map((line) => h('li', { id: `rad-${line.number}`, value: String(line.number), class: className }, line.text || '\u00a0')));
}

function render(report, { from, to, windowStart, windowEnd }) {
  setTitle(`Källa: ${report.title}`, [from ? `Rad ${from}${to > from ? `–${to}` : ''}` : null, report.title, 'Källa']);
  setMunicipalityNav(report.municipality);
  const lines = report.sourceLines || [];
  const shownEnd = Math.min(windowEnd, report.lineCount);
  const validRange = from && from <= report.lineCount;
  const before = validRange ? lines.filter((l) => l.number < from) : lines;
  const hit = validRange ? lines.filter((l) => l.number >= from && l.number <= to) : [];
  const after = validRange ? lines.filter((l) => l.number > to) : [];
  const rangeText = from ? `rad ${from}${to > from ? `–${to}` : ''}` : '';

  const pager = h('ul', { class: 'kk-pager' },
    windowStart > 1 ? h('li', null, h('a', { href: pagerHref(report.id, from, to, Math.max(1, windowStart - WINDOW)) },
      `Visa tidigare rader (${formatNumber(Math.max(1, windowStart - WINDOW), 0)}–${formatNumber(windowStart - 1, 0)})`)) : null,
    shownEnd < report.lineCount ? h('li', null, h('a', { href: pagerHref(report.id, from, to, shownEnd + 1) },
      `Visa senare rader (${formatNumber(shownEnd + 1, 0)}–${formatNumber(Math.min(report.lineCount, shownEnd + WINDOW), 0)})`)) : null,
    from && (windowStart > from || shownEnd < to)
      ? h('li', null, h('a', { href: pagerHref(report.id, from, to, null) }, `Tillbaka till ${rangeText}`)) : null);

  const hitRegion = hit.length ? h('section', { class: 'kk-source__hit', id: 'markerat', tabindex: '-1', 'aria-labelledby': 'markerat-rubrik' },
    h('h2', { class: 'kk-source__hit-title', id: 'markerat-rubrik' }, `Markerat: ${rangeText}`),
    sourceList(hit, 'kk-source__line--hit')) : null;

  fill(content, 
    h('dl', { class: 'kk-meta' },
      h('dt', null, 'Kommun'), h('dd', null, h('a', { href: pageHref('kommun.html', report.municipality.id) }, report.municipality.name)),
      h('dt', null, 'Rapport'), h('dd', null, `${report.title} (${REPORT_KINDS[report.kind] || report.kind})`),
      report.issuer ? [h('dt', null, 'Utgivare'), h('dd', null, report.issuer)] : null,
      h('dt', null, 'Period'), h('dd', null, report.periodLabel || String(report.year)),
      report.registrationNumber ? [h('dt', null, 'Diarienummer'), h('dd', null, report.registrationNumber)] : null,
      h('dt', null, 'Fil'), h('dd', null, report.sourceFileName, ` (${formatNumber(report.lineCount, 0)} rader)`),
      h('dt', null, 'Kontrollsumma'), h('dd', null, h('code', { class: 'kk-checksum' }, `SHA-256 ${report.checksum}`)),
      h('dt', null, 'Ändringar'), h('dd', null, h('a', { href: changesHref(report.id) }, 'Ändringar i rapporten'))),
    h('p', { class: 'kk-note' }, 'Texten är rapporten som den blev när den gjordes om från PDF till text. Tabeller står med tabbar mellan kolumnerna, och symboler som bilder kan saknas.'),
    from && !validRange
      ? h('div', { class: 'kk-alert kk-alert--error', role: 'alert' }, h('p', null, `Rapporten har bara ${formatNumber(report.lineCount, 0)} rader, så ${rangeText} finns inte.`))
      : null,
    hit.length ? h('p', null, h('a', { href: '#markerat' }, `Gå till de markerade raderna (${rangeText})`)) : null,
    h('h2', null, `Rader ${formatNumber(windowStart, 0)}–${formatNumber(shownEnd, 0)} av ${formatNumber(report.lineCount, 0)}`),
    pager,
    sourceList(before),
    hitRegion,
    sourceList(after),
    pager.cloneNode(true),
  );
  ready();
  if (hitRegion && !location.hash) {
    hitRegion.scrollIntoView({ block: 'start' });
    hitRegion.focus({ preventScroll: true });
  }
}

function pagerHref(reportId, from, to, first) {
  const search = new URLSearchParams({ report: reportId });
  if (from) {
    search.set('from', from);
    search.set('to', to);
  }
  if (first) {
    search.set('visa', first);
  }
  return `kalla.html?${search}`;
}

start();
