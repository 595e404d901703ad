// Goals grouped by area, filtered by status and level (kept in the URL), each with its analysis,
// indicators (chart and table), commitments and initiatives.
import { query } from './api.js';
import { assessmentBadge, statusBadge, trendBadge } from './badges.js';
import { CHANGE_FIELDS, correctionNote } from './corrections.js';
import { fill, h, hidden, uniqueId } from './dom.js';
import { csvNumber, decimalsOf, formatWithUnit, plural } from './format.js';
import { loadMunicipality, ready, setMunicipalityNav, setTitle } from './page.js';
import { sourceLink } from './provenance.js';
import { richText } from './sanitize.js';
import { tableSource } from './csv.js';
import { scrollTable } from './tables.js';
import {
  ASSESSMENT_ORDER,
  ASSESSMENTS,
  COMMITMENT_STATUSES,
  GOAL_LEVEL_ORDER,
  GOAL_LEVELS,
  INITIATIVE_KINDS,
  valueLabel,
} from './vocabulary.js';
import { indicatorChart } from './charts.js';

const QUERY = `query Goals($id: ID!) {
  municipality(id: $id) {
    id name
    reports {
      id title periodLabel year
      areas {
        id kind perspective name assessmentText trend summary
        assessment { label normalized }
        provenance { lineStart lineEnd }
      }
      goals {
        id number title level levelLabel analysis analysisHtml trend
        assessment { label normalized }
        area { id }
        parent { id number title }
        provenance { lineStart lineEnd }
      }
      indicators {
        id name unit level levelLabel betterDirection
        goal { id }
        values { id kind period year value printed }
        provenance { lineStart lineEnd }
      }
      commitments {
        id text responsible status statusLabel completion
        goal { id }
        area { id }
        provenance { lineStart lineEnd }
      }
      initiatives {
        id kind title commissionedBy status statusLabel comment commentHtml
        goal { id }
        provenance { lineStart lineEnd }
      }
      ${CHANGE_FIELDS}
    }
  }
}`;

const STATUS_SLUGS = { bra: 'GOOD', delvis: 'PARTLY', brister: 'POOR', 'ej-bedomt': 'NOT_ASSESSED', oklart: 'UNKNOWN' };
const LEVEL_SLUGS = { kf: 'COUNCIL', namnd: 'BOARD', process: 'PROCESS', medarbetare: 'EMPLOYEE', ovriga: 'OTHER' };
const slugOf = (map, value) => Object.keys(map).find((key) => map[key] === value) || '';

const content = document.querySelector('[data-kk-content]');
let municipality;
let list;
let resultNote;

async function run(id) {
  const data = await query(QUERY, { id });
  if (!data.municipality) {
    return false;
  }
  municipality = data.municipality;
  render();
  return true;
}

function allGoals() {
  return municipality.reports.flatMap((report) => report.goals.map((goal) => ({ goal, report })));
}

function currentFilter() {
  const search = new URLSearchParams(location.search);
  return {
    status: STATUS_SLUGS[search.get('status')] || '',
    level: LEVEL_SLUGS[search.get('niva')] || '',
  };
}

function render() {
  setTitle(`Mål och resultat i ${municipality.name}`, ['Mål', municipality.name]);
  setMunicipalityNav(municipality);
  const goals = allGoals();
  if (!goals.length) {
    fill(content, h('div', { class: 'kk-alert', role: 'status' },
      h('h2', { class: 'kk-alert__title' }, 'Inga mål i rapporterna'),
      h('p', null, `Rapporterna från ${municipality.name} i Kommunkollen innehåller inga mål att följa upp. Det kan till exempel vara en utvärdering eller ett bokslut utan målavsnitt.`)));
    ready();
    return;
  }
  resultNote = h('p', { class: 'kk-filter__result', role: 'status', 'aria-live': 'polite' });
  list = h('div', { class: 'kk-goal-list' });
  fill(content, 
    h('p', { class: 'kk-lead' }, `Vad kommunen ville uppnå och hur det gick, enligt kommunens egna rapporter. Varje mål har kommunens bedömning, och vi visar den också på en gemensam skala.`),
    glossary(),
    filterForm(goals),
    resultNote,
    list,
  );
  renderList();
  ready();
}

function glossary() {
  return h('details', { class: 'kk-details' },
    h('summary', null, 'Vad betyder orden?'),
    h('div', { class: 'kk-details__body' }, h('dl', null,
      GOAL_LEVEL_ORDER.flatMap((level) => [h('dt', null, GOAL_LEVELS[level].name), h('dd', null, GOAL_LEVELS[level].explain)]),
      h('dt', null, 'Indikator'), h('dd', null, 'Ett mått som visar om kommunen närmar sig målet, till exempel sjukfrånvaro i procent.'),
      h('dt', null, 'Startläge, utfall och målvärde'), h('dd', null, 'Startläget är värdet när målet sattes, utfallet det som mättes senare och målvärdet det kommunen vill nå.'),
      h('dt', null, 'Åtagande'), h('dd', null, 'Något kommunen lovar att göra under ett år för att nå målet.'),
      ASSESSMENT_ORDER.flatMap((level) => [h('dt', null, `Bedömning: ${ASSESSMENTS[level].name}`), h('dd', null, ASSESSMENTS[level].explain)]))));
}

function filterForm(goals) {
  const filter = currentFilter();
  const statusCounts = new Map();
  const levelCounts = new Map();
  for (const { goal } of goals) {
    statusCounts.set(goal.assessment.normalized, (statusCounts.get(goal.assessment.normalized) || 0) + 1);
    levelCounts.set(goal.level, (levelCounts.get(goal.level) || 0) + 1);
  }
  const statusSelect = h('select', { id: 'filter-status', name: 'status' },
    h('option', { value: '' }, `Alla bedömningar (${goals.length})`),
    ASSESSMENT_ORDER.filter((level) => statusCounts.get(level)).map((level) => h('option', {
      value: slugOf(STATUS_SLUGS, level), selected: filter.status === level,
    }, `${ASSESSMENTS[level].name} (${statusCounts.get(level)})`)));
  const levelSelect = h('select', { id: 'filter-niva', name: 'niva' },
    h('option', { value: '' }, `Alla nivåer (${goals.length})`),
    GOAL_LEVEL_ORDER.filter((level) => levelCounts.get(level)).map((level) => h('option', {
      value: slugOf(LEVEL_SLUGS, level), selected: filter.level === level,
    }, `${GOAL_LEVELS[level].name} (${levelCounts.get(level)})`)));
  const form = h('form', { class: 'kk-filter', method: 'get', action: 'mal.html', 'aria-label': 'Filtrera målen' },
    h('input', { type: 'hidden', name: 'id', value: municipality.id }),
    h('div', { class: 'kk-filter__field' }, h('label', { for: 'filter-status' }, 'Bedömning'), statusSelect),
    h('div', { class: 'kk-filter__field' }, h('label', { for: 'filter-niva' }, 'Nivå'), levelSelect),
    h('button', { type: 'submit', class: 'kk-button kk-button--secondary' }, 'Visa mål'));
  const apply = (event) => {
    if (event) {
      event.preventDefault();
    }
    const url = new URL(location.href);
    for (const [name, select] of [['status', statusSelect], ['niva', levelSelect]]) {
      if (select.value) {
        url.searchParams.set(name, select.value);
      } else {
        url.searchParams.delete(name);
      }
    }
    history.replaceState(null, '', url);
    renderList();
  };
  statusSelect.addEventListener('change', () => apply());
  levelSelect.addEventListener('change', () => apply());
  form.addEventListener('submit', apply);
  return form;
}

function renderList() {
  const filter = currentFilter();
  const matches = ({ goal }) => (!filter.status || goal.assessment.normalized === filter.status)
    && (!filter.level || goal.level === filter.level);
  const total = allGoals().length;
  const shown = allGoals().filter(matches).length;
  resultNote.textContent = shown === total
    ? `Visar alla ${plural(total, 'mål', 'mål')}.`
    : `Visar ${shown} av ${plural(total, 'mål', 'mål')}.`;
  const filtered = Boolean(filter.status || filter.level);
  list.replaceChildren(...municipality.reports
    .filter((report) => report.goals.length || (!filtered && report.indicators.length))
    .map((report) => reportBlock(report, (goal) => matches({ goal }), filtered)));
}

function reportBlock(report, matches, filtered) {
  const byGoal = (items) => {
    const map = new Map();
    for (const item of items) {
      const key = item.goal ? item.goal.id : null;
      if (!map.has(key)) {
        map.set(key, []);
      }
      map.get(key).push(item);
    }
    return map;
  };
  const indicators = byGoal(report.indicators);
  const commitments = byGoal(report.commitments);
  const initiatives = byGoal(report.initiatives);
  const goals = report.goals.filter(matches);
  const section = h('section', { class: 'kk-section', 'aria-labelledby': `rapport-${report.id}` },
    h('h2', { id: `rapport-${report.id}` }, report.title),
    report.periodLabel ? h('p', { class: 'kk-muted' }, `Period: ${report.periodLabel}`) : null);
  const goalArticle = (goal) => goalBlock(report, goal, {
    indicators: indicators.get(goal.id) || [],
    commitments: commitments.get(goal.id) || [],
    initiatives: initiatives.get(goal.id) || [],
  });

  const areaIds = new Set(report.areas.map((a) => a.id));
  for (const area of report.areas) {
    const areaGoals = goals.filter((g) => g.area && g.area.id === area.id);
    if (!areaGoals.length && filtered) {
      continue;
    }
    section.append(h('section', { class: 'kk-area', 'aria-labelledby': `omrade-${area.id}` },
      h('div', { class: 'kk-area__header' },
        h('h3', { class: 'kk-area__title', id: `omrade-${area.id}` },
          area.perspective ? h('span', { class: 'kk-area__perspective' }, area.perspective) : null,
          area.name),
        h('div', { class: 'kk-badges' },
          area.assessment && (area.assessment.label || ['GOOD', 'PARTLY', 'POOR'].includes(area.assessment.normalized)) ? assessmentBadge(area.assessment) : null,
          trendBadge(area.trend)),
        correctionNote(report, 'AREA', area.id, 'ASSESSMENT'),
        correctionNote(report, 'AREA', area.id, 'NAME'),
        area.assessmentText && area.assessmentText !== (area.assessment && area.assessment.label) ? h('p', null, area.assessmentText) : null,
        area.summary ? h('p', null, area.summary) : null,
        h('p', null, sourceLink(report.id, area.provenance))),
      areaGoals.length ? areaGoals.map(goalArticle) : h('p', null, 'Inga mål under det här området.'),
      filtered ? null : areaCommitments(report, report.commitments.filter((c) => !c.goal && c.area && c.area.id === area.id))));
  }
  const loose = goals.filter((g) => !g.area || !areaIds.has(g.area.id));
  if (loose.length) {
    if (report.areas.length) {
      section.append(h('h3', null, 'Mål utan område'));
    }
    const wrapper = report.areas.length ? h('div') : section;
    loose.forEach((goal) => wrapper.append(goalArticle(goal)));
    if (wrapper !== section) {
      section.append(wrapper);
    }
  }
  const unlinked = indicators.get(null) || [];
  if (unlinked.length && !filtered) {
    section.append(h('section', { class: 'kk-area', 'aria-labelledby': `fria-${report.id}` },
      h('h3', { id: `fria-${report.id}` }, 'Indikatorer som inte hör till ett visst mål'),
      h('div', { class: 'kk-indicators' }, unlinked.map((indicator) => indicatorBlock(report, indicator, 'h4')))));
  }
  return section;
}

function commitmentItem(report, c) {
  return h('li', { class: 'kk-item' },
    h('p', null, c.text),
    h('div', { class: 'kk-badges' },
      statusBadge(COMMITMENT_STATUSES[c.status] || COMMITMENT_STATUSES.UNKNOWN, c.statusLabel),
      c.completion !== null && c.completion !== undefined ? h('span', { class: 'kk-tag' }, `Färdiggrad ${c.completion} %`) : null,
      c.responsible.length ? h('span', { class: 'kk-muted' }, `Ansvariga: ${c.responsible.join(', ')}`) : null),
    correctionNote(report, 'COMMITMENT', c.id, 'STATUS'),
    correctionNote(report, 'COMMITMENT', c.id, 'TEXT'),
    sourceLink(report.id, c.provenance));
}

/** One-year commitments that belong to an area rather than to one goal (Eskilstuna). */
function areaCommitments(report, commitments) {
  if (!commitments.length) {
    return null;
  }
  return h('div', { class: 'kk-area__commitments' },
    h('h4', null, `Åtaganden för året inom området (${commitments.length})`),
    h('ul', { class: 'kk-list-plain' }, commitments.map((c) => commitmentItem(report, c))),
    h('p', null, h('a', { href: `ataganden.html?id=${encodeURIComponent(municipality.id)}#ataganden` }, 'Alla åtaganden med uppföljning')));
}

/** "KF-mål · Mål 21", without repeating a level the number already names ("KF-mål 1"). */
function goalNumber(goal, level) {
  const levelText = goal.levelLabel || level.name;
  if (goal.number && goal.number.toLowerCase().startsWith(levelText.toLowerCase())) {
    return goal.number;
  }
  return [levelText, goal.number].filter(Boolean).join(' · ');
}

function foldedText(summary, body) {
  return body ? h('details', { class: 'kk-details' }, h('summary', null, summary), h('div', { class: 'kk-details__body' }, body)) : null;
}

function goalBlock(report, goal, related) {
  const level = GOAL_LEVELS[goal.level] || GOAL_LEVELS.OTHER;
  const headingId = `mal-${goal.id}`;
  const article = h('article', { class: 'kk-goal', 'aria-labelledby': headingId, dataset: { goalId: goal.id } },
    h('h4', { class: 'kk-goal__title', id: headingId },
      h('span', { class: 'kk-goal__number' }, goalNumber(goal, level)),
      goal.title),
    h('div', { class: 'kk-badges' }, assessmentBadge(goal.assessment), trendBadge(goal.trend),
      goal.levelLabel && goal.levelLabel !== level.name ? h('span', { class: 'kk-tag' }, level.name) : null),
    correctionNote(report, 'GOAL', goal.id, 'ASSESSMENT'),
    correctionNote(report, 'GOAL', goal.id, 'TITLE'),
    goal.parent ? h('p', { class: 'kk-muted' }, `Bryter ned: ${[goal.parent.number, goal.parent.title].filter(Boolean).join(' ')}`) : null,
    h('p', null, sourceLink(report.id, goal.provenance)));
  const analysis = richText(goal.analysisHtml, goal.analysis);
  if (analysis) {
    article.append(h('details', { class: 'kk-details' },
      h('summary', null, 'Kommunens analys'),
      h('div', { class: 'kk-details__body' }, analysis)));
  }
  if (related.indicators.length) {
    article.append(h('h5', null, 'Indikatorer'),
      h('div', { class: 'kk-indicators' }, related.indicators.map((indicator) => indicatorBlock(report, indicator, 'h6'))));
  }
  if (related.commitments.length) {
    article.append(h('h5', null, 'Åtaganden'), h('ul', { class: 'kk-list-plain' }, related.commitments.map((c) => commitmentItem(report, c))));
  }
  if (related.initiatives.length) {
    article.append(h('h5', null, 'Satsningar och uppdrag'), h('ul', { class: 'kk-list-plain' }, related.initiatives.map((i) => h('li', { class: 'kk-item' },
      h('p', null, h('strong', null, i.title), ` (${INITIATIVE_KINDS[i.kind] || i.kind})`),
      h('div', { class: 'kk-badges' }, statusBadge(COMMITMENT_STATUSES[i.status] || COMMITMENT_STATUSES.UNKNOWN, i.statusLabel)),
      correctionNote(report, 'INITIATIVE', i.id, 'STATUS'),
      correctionNote(report, 'INITIATIVE', i.id, 'TITLE'),
      sourceLink(report.id, i.provenance),
      foldedText('Uppföljning', richText(i.commentHtml, i.comment))))));
  }
  return article;
}

function indicatorUnit(indicator) {
  if (indicator.unit) {
    return indicator.unit;
  }
  return indicator.values.some((v) => v.printed && v.printed.trim().endsWith('%')) ? '%' : null;
}

function indicatorBlock(report, indicator, headingTag) {
  const unit = indicatorUnit(indicator);
  const decimals = Math.max(0, ...indicator.values.filter((v) => v.value !== null).map((v) => decimalsOf(v.value)));
  const headingId = uniqueId('indikator');
  const chart = indicatorChart({ name: indicator.name, unit, betterDirection: indicator.betterDirection, values: indicator.values });
  const table = h('table', { class: 'kk-table', 'data-kk-csv': indicator.name, 'data-kk-csv-source': tableSource([municipality], [report]) },
    h('caption', null, 'Värden', hidden(`: ${indicator.name}`)),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Mätpunkt'), h('th', { scope: 'col', class: 'kk-table__number' }, 'Värde'))),
    h('tbody', null, indicator.values.map((v) => h('tr', null,
      h('th', { scope: 'row' }, valueLabel(v)),
      h('td', { class: 'kk-table__number', 'data-csv': v.value === null ? (v.printed || '') : csvNumber(v.value) },
        v.value === null || v.value === undefined ? (v.printed || '–') : formatWithUnit(v.value, unit, decimals),
        correctionNote(report, 'INDICATOR_VALUE', v.id, 'VALUE'))))));
  return h('section', { class: 'kk-indicator', 'aria-labelledby': headingId, dataset: { indicator: indicator.name } },
    h(headingTag, { class: 'kk-indicator__name', id: headingId }, indicator.name),
    h('p', { class: 'kk-muted' }, [indicator.levelLabel,
      indicator.betterDirection === 'LOWER' ? 'Lägre är bättre' : indicator.betterDirection === 'HIGHER' ? 'Högre är bättre' : null].filter(Boolean).join(' · ')),
    correctionNote(report, 'INDICATOR', indicator.id, 'NAME'),
    correctionNote(report, 'INDICATOR', indicator.id, 'UNIT'),
    chart,
    scrollTable(table),
    h('p', null, sourceLink(report.id, indicator.provenance)));
}

loadMunicipality(run);
