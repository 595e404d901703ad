// Search in every municipality's reports: the form's words, municipality and kinds are kept in
// the URL (sok.html?q=bostad&kommun=enkoping&typ=GOAL); each hit shows what it is, its snippet
// with the matched words marked, its municipality and report, and links to its page and lines.
import { query } from './api.js';
import { fill, h } from './dom.js';
import { plural } from './format.js';
import { fail, loading, ready } from './page.js';
import { sourceLink } from './provenance.js';
import { safeHtml } from './sanitize.js';
import { pageHref, param, params } from './url.js';
import { REPORT_KINDS, SEARCH_KINDS } from './vocabulary.js';

const PAGE_SIZE = 20;

const QUERY = `query Search($q: String!, $municipality: ID, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $q, municipality: $municipality, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      kind title snippetHtml
      municipality { id name }
      report { id title kind periodLabel year }
      record { __typename ... on Goal { id } }
      provenance { lineStart lineEnd }
    } }
  }
}`;

const form = document.querySelector('[data-kk-search-form]');
const status = document.querySelector('[data-kk-search-status]');
const content = document.querySelector('[data-kk-content]');

/** The page a hit belongs on: its record's page where there is one, else the report's text. */
function hitHref(hit) {
  const id = hit.municipality.id;
  switch (hit.kind) {
    case 'GOAL':
      return hit.record ? `${pageHref('mal.html', id)}#mal-${hit.record.id}` : pageHref('mal.html', id);
    case 'INDICATOR':
    case 'AREA':
      return pageHref('mal.html', id);
    case 'COMMITMENT':
    case 'INITIATIVE':
    case 'INTERNAL_CONTROL':
      return pageHref('ataganden.html', id);
    case 'EVALUATION_FINDING':
      return pageHref('kompassen.html', id);
    default:
      return null;
  }
}

function hitItem(hit) {
  const href = hitHref(hit);
  const report = hit.report;
  return h('li', { class: 'kk-hit', dataset: { kind: hit.kind, municipality: hit.municipality.id } },
    h('p', { class: 'kk-hit__kind' }, SEARCH_KINDS[hit.kind] || hit.kind, ' · ', hit.municipality.name),
    h('h2', { class: 'kk-hit__title' }, href ? h('a', { href }, hit.title) : hit.title),
    h('p', { class: 'kk-hit__snippet' }, safeHtml(hit.snippetHtml)),
    h('p', { class: 'kk-hit__source' },
      `${REPORT_KINDS[report.kind] || 'Rapport'}: ${report.title}${report.periodLabel ? `, ${report.periodLabel}` : ''}. `,
      sourceLink(report.id, hit.provenance)));
}

function kindBoxes(chosen) {
  const container = form.querySelector('[data-kk-search-kinds]');
  fill(container, Object.entries(SEARCH_KINDS).map(([kind, name]) => h('label', null,
    h('input', { type: 'checkbox', name: 'typ', value: kind, checked: chosen.includes(kind) }), name)));
}

async function search(words, municipality, kinds, list, after) {
  const data = await query(QUERY, {
    q: words, municipality: municipality || null, kinds: kinds.length ? kinds : null, first: PAGE_SIZE, after,
  });
  const result = data.search;
  list.append(...result.edges.map((edge) => hitItem(edge.node)));
  return result;
}

async function start() {
  const words = param('q');
  const municipality = param('kommun');
  const kinds = params('typ').filter((kind) => kind in SEARCH_KINDS);
  form.elements.q.value = words || '';
  form.elements.kommun.value = municipality && form.querySelector(`option[value="${CSS.escape(municipality)}"]`) ? municipality : '';
  kindBoxes(kinds);
  if (!words) {
    ready();
    return;
  }
  document.title = `${words} – Sök i rapporterna – Kommunkollen`;
  loading();
  const list = h('ol', { class: 'kk-hits' });
  const more = h('button', { type: 'button', class: 'kk-button kk-button--secondary', hidden: true }, 'Visa fler träffar');
  fill(content, list, h('p', null, more));
  try {
    let result = await search(words, municipality, kinds, list, null);
    status.textContent = result.totalCount
      ? `${plural(result.totalCount, 'träff', 'träffar')} för ”${words}”.`
      : `Inga träffar för ”${words}”. Pröva färre ord, eller ett ord utan citattecken.`;
    const showMore = () => {
      more.hidden = !result.pageInfo.hasNextPage;
    };
    showMore();
    more.addEventListener('click', async () => {
      const first = list.children.length;
      more.disabled = true;
      try {
        result = await search(words, municipality, kinds, list, result.pageInfo.endCursor);
        showMore();
        list.children[first]?.querySelector('a, h2')?.focus?.();
      } catch (error) {
        fail(error, { target: content });
      } finally {
        more.disabled = false;
      }
    });
    ready();
  } catch (error) {
    if (error.kind === 'graphql') {
      status.textContent = `Sökningen gick inte att göra: ${error.detail}`;
      ready();
      return;
    }
    fail(error, { target: content });
  }
}

start();
