// A report's change list: every import, new version, correction and resolved warning, with
// when, who (a role and a municipality, never a person), what, old → new and why.
// andringar.html?rapport=ID
import { query } from './api.js';
import { fill, h } from './dom.js';
import { formatNumber } from './format.js';
import { fail, loading, ready, setMunicipalityNav, setTitle, showMessage } from './page.js';
import { scrollTable, updateScrollRegions } from './tables.js';
import { pageHref, param } from './url.js';
import { formatDate, valueText } from './corrections.js';
import { REPORT_KINDS } from './vocabulary.js';

const QUERY = `query Changes($report: ID!) {
  report(id: $report) {
    id title kind periodLabel year
    municipality { id name }
    changes {
      id kind changedAt recordType recordLabel field oldValue newValue printedValue reason fileName
      actor { role municipality { name } }
      counts { entity count }
    }
  }
}`;

const KINDS = {
  IMPORT: 'Inläst',
  REPLACEMENT: 'Ny version',
  CORRECTION: 'Rättelse',
  WARNING_RESOLVED: 'Varning åtgärdad',
};

const ROLES = { EDITOR: 'Redaktör', ADMINISTRATOR: 'Administratör', COMMAND_LINE: 'Importkommandot på servern' };

const FIELDS = {
  VALUE: 'värde', ASSESSMENT: 'bedömning', STATUS: 'status', RESULT: 'resultat',
  UNIT: 'enhet', TITLE: 'rubrik', NAME: 'namn', TEXT: 'text',
};

const ENTITIES = {
  areas: 'områden', goals: 'mål', indicators: 'indikatorer', indicatorValues: 'indikatorvärden',
  commitments: 'åtaganden', initiatives: 'satsningar och uppdrag', internalControls: 'kontrollpunkter',
  financialStatements: 'tabeller', financialRows: 'tabellrader', warnings: 'varningar', lines: 'rader text',
};

const content = document.querySelector('[data-kk-content]');

async function start() {
  const reportId = param('rapport');
  if (!reportId) {
    showMessage({
      title: 'Ingen rapport är vald',
      body: [h('p', null, 'Den här sidan visar vad som har ändrats i en rapport. Följ länken ”Ändringar i rapporten” från en rapport för att komma hit.')],
    });
    return;
  }
  loading();
  try {
    const data = await query(QUERY, { report: reportId });
    if (!data.report) {
      showMessage({
        title: 'Vi hittar inte rapporten',
        body: [h('p', null, `Det finns ingen rapport med id ”${reportId}” i Kommunkollen.`)],
      });
      return;
    }
    render(data.report);
  } catch (error) {
    fail(error);
  }
}

function who(actor) {
  return [ROLES[actor.role] || actor.role, actor.municipality && actor.municipality.name].filter(Boolean).join(', ');
}

function what(change) {
  if (change.kind === 'IMPORT' || change.kind === 'REPLACEMENT') {
    return change.fileName ? `Filen ${change.fileName}` : 'Rapporten';
  }
  if (change.kind === 'WARNING_RESOLVED') {
    return `Varning: ${change.recordLabel || ''}`;
  }
  return `${change.recordLabel || change.recordType}: ${FIELDS[change.field] || change.field}`;
}

function beforeAfter(change) {
  if (change.kind === 'CORRECTION') {
    const printed = change.printedValue !== change.oldValue
      ? h('span', { class: 'kk-muted' }, ` (tryckt i rapporten: ${valueText(change.field, change.printedValue)})`) : null;
    return [`${valueText(change.field, change.oldValue)} → ${valueText(change.field, change.newValue)}`, printed];
  }
  if (change.counts.length) {
    return change.counts.filter((c) => c.count > 0 && ENTITIES[c.entity])
      .map((c) => `${formatNumber(c.count, 0)} ${ENTITIES[c.entity]}`).join(', ');
  }
  return '–';
}

function render(report) {
  setTitle(`Ändringar i ${report.title}`, [report.title, 'Ändringar']);
  setMunicipalityNav(report.municipality);
  const changes = [...report.changes].reverse();
  const table = h('table', { class: 'kk-table kk-changes' },
    h('caption', null, `Ändringar, senaste först (${formatNumber(changes.length, 0)})`),
    h('thead', null, h('tr', null,
      ['Datum', 'Ändring', 'Vem', 'Vad', 'Före → efter', 'Motivering'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', null, changes.map((change) => h('tr', null,
      h('td', null, h('time', { datetime: change.changedAt }, formatDate(change.changedAt))),
      h('th', { scope: 'row' }, KINDS[change.kind] || change.kind),
      h('td', null, who(change.actor)),
      h('td', null, what(change)),
      h('td', null, beforeAfter(change)),
      h('td', null, change.reason || '–')))));
  fill(content,
    h('p', null, `${report.title} (${REPORT_KINDS[report.kind] || report.kind}, ${report.periodLabel || report.year}), `,
      h('a', { href: pageHref('kommun.html', report.municipality.id) }, report.municipality.name), '.'),
    h('p', { class: 'kk-note' }, 'Här syns allt som har ändrats i rapporten efter att den lästes in: nya versioner, rättelser av kommunens redaktörer och åtgärdade varningar från inläsningen. Ingenting tas bort ur listan. Vid en rättelse står värdet som rapporten tryckte kvar i källtexten; sidorna visar det rättade värdet och skriver ut att det är rättat. En ny version av rapporten börjar om från sin egen text.'),
    changes.length ? scrollTable(table) : h('p', null, 'Inga ändringar är registrerade för rapporten.'),
    h('ul', null,
      h('li', null, h('a', { href: `kalla.html?${new URLSearchParams({ report: report.id })}` }, 'Läs rapportens text')),
      h('li', null, h('a', { href: `redaktor/rapport.html?${new URLSearchParams({ id: report.id })}` }, 'Rätta rapporten'), ' (för kommunens redaktörer)')));
  updateScrollRegions(content);
  ready();
}

start();
