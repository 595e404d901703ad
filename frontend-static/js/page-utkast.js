// redaktor/utkast.html?id=…: a draft's review. Warnings first, then each record read beside the
// lines it was read from; the editor publishes the draft or discards it.

import { fill, h } from './dom.js';
import {
  AREA_KINDS, ASSESSMENTS, COMMITMENT_STATUSES, CONTROL_RESULTS, GOAL_LEVELS, INITIATIVE_KINDS, REPORT_KINDS,
  STATEMENT_KINDS, TRENDS, valueLabel,
} from './vocabulary.js';
import { api } from './editor-api.js';
import { refusalText } from './drafts.js';

const main = document.querySelector('main');
const errorBox = document.querySelector('[data-kk-draft-error]');
const result = document.querySelector('[data-kk-draft-result]');
const actions = document.querySelector('[data-kk-draft-actions]');
const draftId = new URLSearchParams(location.search).get('id');

const EFFECTS = {
  CREATE: 'Rapporten finns inte publicerad ännu: publiceringen lägger till den.',
  REPLACE: 'En version av rapporten är publicerad: publiceringen ersätter den med den här filen.',
  UNCHANGED: 'Samma fil är redan publicerad: publiceringen ändrar ingenting.',
};
const STATES = { DRAFT: 'Utkast', PUBLISHED: 'Publicerat', DISCARDED: 'Kastat' };
const COUNT_WORDS = {
  lines: 'rader', areas: 'områden', goals: 'mål', indicators: 'indikatorer', indicatorValues: 'indikatorvärden',
  commitments: 'åtaganden', commitmentResponsibles: 'ansvariga för åtaganden', initiatives: 'uppdrag och satsningar',
  internalControls: 'internkontroller', financialStatements: 'ekonomiska tabeller', financialColumns: 'tabellkolumner',
  financialRows: 'tabellrader', financialCells: 'tabellceller', evaluations: 'utvärderingar',
  evaluationAreas: 'utvärderingsområden', evaluationQuestions: 'utvärderingsfrågor',
  evaluationFindings: 'styrkor och förbättringsområden', warnings: 'varningar',
};

function settle(state) {
  main.setAttribute('aria-busy', 'false');
  main.dataset.kkState = state;
  document.querySelector('[data-kk-loading]')?.remove();
}

function showError(title, text) {
  fill(errorBox, h('h2', { class: 'kk-alert__title' }, title), h('p', null, text));
  errorBox.hidden = false;
  errorBox.focus();
}

/** The source lines of a record, numbered as in the file. */
function source(lines) {
  if (!lines) {
    return null;
  }
  const range = lines.start === lines.end ? `rad ${lines.start}` : `rad ${lines.start}–${lines.end}`;
  const shown = lines.text.length < lines.end - lines.start + 1
    ? ` (de första ${lines.text.length} visas)` : '';
  return h('figure', { class: 'kk-draft-item__source' },
    h('figcaption', null, `Källa: ${range}${shown}`),
    h('ol', { class: 'kk-source', start: lines.start }, lines.text.map((line) => h('li', null, line))));
}

function facts(pairs) {
  const shown = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return h('dl', { class: 'kk-draft-item__facts' },
    shown.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

function item(title, pairs, lines, extra = null) {
  return h('li', { class: 'kk-draft-item' },
    h('h3', { class: 'kk-draft-item__title' }, title),
    h('div', { class: 'kk-draft-item__body' }, h('div', null, facts(pairs), extra), source(lines)));
}

function assessment(value) {
  if (!value) {
    return null;
  }
  const name = ASSESSMENTS[value.level] ? ASSESSMENTS[value.level].name : value.level;
  return value.label ? `${name} (tryckt: ”${value.label}”)` : name;
}

function section(id, heading, items, render) {
  if (!items || items.length === 0) {
    return null;
  }
  return h('section', { class: 'kk-draft-section', 'aria-labelledby': id },
    h('h2', { id }, `${heading} (${items.length})`),
    h('details', null,
      h('summary', null, `Visa ${items.length === 1 ? 'det som lästes' : `alla ${items.length}`} med källrader`),
      h('ul', { class: 'kk-draft-items' }, items.map(render))));
}

function warnings(draft) {
  if (draft.warnings.length === 0) {
    return h('section', { class: 'kk-draft-section', 'aria-labelledby': 'varningar' },
      h('h2', { id: 'varningar' }, 'Varningar'), h('p', null, 'Inga varningar: allt lästes säkert.'));
  }
  return h('section', { class: 'kk-draft-section', 'aria-labelledby': 'varningar' },
    h('h2', { id: 'varningar' }, `Varningar (${draft.warnings.length})`),
    h('p', null, 'Det här kunde inte läsas säkert. Rapporten går att publicera ändå; värdena visas då som okända eller med förbehåll.'),
    h('ul', { class: 'kk-draft-items' }, draft.warnings.map((warning) => item(
      warning.line ? `Rad ${warning.line}: ${warning.code}` : warning.code,
      [['Vad', warning.message]], warning.source))));
}

function summary(draft) {
  const report = draft.report;
  const counts = Object.entries(draft.counts).filter(([key]) => key !== 'lines' && key !== 'warnings');
  return [
    h('p', { class: 'kk-draft-state' }, h('strong', null, STATES[draft.state] || draft.state),
      draft.onPublish ? ` – ${EFFECTS[draft.onPublish]}` : null),
    warnings(draft),
    h('h2', null, 'Det här lästes'),
    facts([
      ['Rapport', report.title], ['Slag', REPORT_KINDS[report.kind] || report.kind], ['Period', report.periodLabel],
      ['Utfärdad av', report.issuer], ['Diarienummer', report.registrationNumber], ['Kommun', draft.municipalityId],
      ['Rapportens id', draft.reportId], ['Fil', `${draft.fileName} (${draft.counts.lines} rader)`],
      ['Uppladdad', new Date(draft.uploadedAt).toLocaleString('sv-SE')],
    ]),
    h('ul', { class: 'kk-draft-counts' }, counts.filter(([, count]) => count > 0)
      .map(([key, count]) => h('li', null, `${count} ${COUNT_WORDS[key] || key}`))),
  ];
}

function content(draft) {
  const named = (map, key) => (map[key] ? map[key].name || map[key] : key);
  return [
    section('omraden', 'Områden', draft.areas, (area) => item(area.name, [
      ['Slag', AREA_KINDS[area.kind] ? AREA_KINDS[area.kind][0] : area.kind], ['Perspektiv', area.perspective],
      ['Bedömning', assessment(area.assessment)], ['Trend', area.trend && named(TRENDS, area.trend)],
    ], area.source)),
    section('mal', 'Mål', draft.goals, (goal) => item(goal.number ? `${goal.number} ${goal.title}` : goal.title, [
      ['Nivå', goal.levelLabel || (goal.level && named(GOAL_LEVELS, goal.level))], ['Område', goal.area],
      ['Bryter ner', goal.parentGoal], ['Bedömning', assessment(goal.assessment)],
      ['Trend', goal.trend && named(TRENDS, goal.trend)],
    ], goal.source)),
    section('indikatorer', 'Indikatorer', draft.indicators, (indicator) => item(indicator.name, [
      ['Mål', indicator.goal], ['Enhet', indicator.unit],
    ], indicator.source, indicator.values.length === 0 ? null : h('ul', { class: 'kk-draft-values' },
      indicator.values.map((value) => h('li', null, `${valueLabel(value)}: ${value.printed ?? '–'}`))))),
    section('ataganden', 'Åtaganden', draft.commitments, (commitment) => item(commitment.text, [
      ['Status', commitment.status && named(COMMITMENT_STATUSES, commitment.status)],
      ['Tryckt status', commitment.statusLabel], ['Ansvariga', commitment.responsible.join(', ')],
      ['Klart till', commitment.completion !== null ? `${commitment.completion} %` : null],
    ], commitment.source)),
    section('uppdrag', 'Uppdrag och satsningar', draft.initiatives, (initiative) => item(initiative.title, [
      ['Slag', INITIATIVE_KINDS[initiative.kind] || initiative.kind],
      ['Status', initiative.status && named(COMMITMENT_STATUSES, initiative.status)],
      ['Tryckt status', initiative.statusLabel],
    ], initiative.source)),
    section('kontroll', 'Intern kontroll', draft.internalControls, (control) => item(control.riskTitle, [
      ['Kontrollmoment', control.controlPoint], ['Resultat', control.result && named(CONTROL_RESULTS, control.result)],
      ['Tryckt resultat', control.resultLabel],
    ], control.source)),
    section('tabeller', 'Ekonomiska tabeller', draft.statements, (statement) => item(statement.title, [
      ['Slag', STATEMENT_KINDS[statement.kind] || statement.kind], ['Enhet', statement.unit],
      ['Rader', String(statement.rows.length)],
    ], statement.source, statementTable(statement))),
    draft.evaluation ? section('kompassen', 'Kommunkompassen', draft.evaluation.areas, (area) => item(
      `${area.number}. ${area.name}`, [
        ['Poäng', `${area.score} av ${area.maxScore}`],
        ['Frågor', area.questions.map((q) => `${q.code} ${q.title}: ${q.score}/${q.maxScore}`).join('; ')],
        ['Styrkor', String(area.strengths)], ['Förbättringsområden', String(area.improvements)],
      ], area.source)) : null,
  ];
}

function statementTable(statement) {
  return h('div', { class: 'kk-draft-table', role: 'region', tabindex: '0', 'aria-label': `Tabellen ${statement.title} som den lästes` },
    h('table', null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Rad'), statement.columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, statement.rows.map((row) => h('tr', null,
        h('th', { scope: 'row' }, row.label, h('span', { class: 'kk-draft-table__line' }, ` (rad ${row.start})`)),
        row.cells.map((cell) => h('td', null, cell ?? '')))))));
}

function showPublished(published) {
  fill(result,
    h('h2', { class: 'kk-alert__title' }, published.outcome === 'UNCHANGED' ? 'Ingenting ändrades' : 'Rapporten är publicerad'),
    h('p', null, published.outcome === 'REPLACED' ? 'Den nya versionen har ersatt den publika.'
      : published.outcome === 'CREATED' ? 'Rapporten är nu publik.' : 'Samma fil var redan publicerad.'),
    h('p', null, h('a', { href: `..${published.municipalityPage}` }, 'Se kommunens sida'), ' · ',
      h('a', { href: `..${published.sourcePage}` }, 'Se rapportens text')));
  result.hidden = false;
  result.focus();
}

async function act(kind) {
  errorBox.hidden = true;
  if (kind === 'discard' && !window.confirm('Kasta utkastet? Det går inte att ångra.')) {
    return;
  }
  for (const button of actions.querySelectorAll('button')) {
    button.disabled = true;
  }
  try {
    if (kind === 'publish') {
      showPublished(await api(`/api/reports/${encodeURIComponent(draftId)}/publish`, { method: 'POST' }));
    } else {
      await api(`/api/reports/${encodeURIComponent(draftId)}/discard`, { method: 'POST' });
      fill(result, h('h2', { class: 'kk-alert__title' }, 'Utkastet är kastat'),
        h('p', null, 'Ingenting publicerades. ', h('a', { href: 'ladda-upp.html' }, 'Ladda upp en annan fil')));
      result.hidden = false;
      result.focus();
    }
    actions.hidden = true;
  } catch (error) {
    showError(kind === 'publish' ? 'Utkastet publicerades inte' : 'Utkastet kastades inte', refusalText(error));
    for (const button of actions.querySelectorAll('button')) {
      button.disabled = false;
    }
  }
}

async function start() {
  if (!draftId) {
    settle('error');
    showError('Inget utkast valt', 'Adressen saknar utkastets id. Ladda upp en fil för att få ett utkast.');
    return;
  }
  try {
    const draft = await api(`/api/reports/${encodeURIComponent(draftId)}`);
    fill(document.querySelector('[data-kk-draft-heading]'), `Granska utkast: ${draft.report.title}`);
    document.title = `Granska utkast: ${draft.report.title} – Kommunkollen`;
    fill(document.querySelector('[data-kk-draft-summary]'), summary(draft));
    fill(document.querySelector('[data-kk-draft-content]'), content(draft));
    if (draft.state === 'DRAFT') {
      actions.hidden = false;
      actions.querySelector('[data-kk-publish]').addEventListener('click', () => act('publish'));
      actions.querySelector('[data-kk-discard]').addEventListener('click', () => act('discard'));
    }
    settle('ready');
  } catch (error) {
    settle('error');
    showError('Utkastet gick inte att visa', refusalText(error));
  }
}

start();
