// Every financial statement as a table (units spelled out, figures with the decimals they
// were printed with, deviations marked better or worse only where the report makes the sign
// known), with a chart of budget, latest outcome and forecast chosen by period.
import { query } from './api.js';
import { fill, h, hidden } from './dom.js';
import { csvNumber, unitName } from './format.js';
import { loadMunicipality, ready, setMunicipalityNav, setTitle } from './page.js';
import { sourceLink } from './provenance.js';
import { tableSource } from './csv.js';
import { scrollTable } from './tables.js';
import { STATEMENT_KINDS } from './vocabulary.js';
import { CHANGE_FIELDS, correctionNote } from './corrections.js';
import { chartLegend, groupedBarChart } from './charts.js';
import {
  COLUMN_KINDS, STATEMENT_FIELDS, cellDecimals, deviationContent, formatCell, isDeviation, latestOfKind, rowUnitName,
} from './finance.js';

const QUERY = `query Finances($id: ID!) {
  municipality(id: $id) {
    id name
    reports {
      id title periodLabel year
      financialStatements {
        ${STATEMENT_FIELDS}
      }
      ${CHANGE_FIELDS}
    }
  }
}`;

const UNIT_UNKNOWN = 'Rapportens tabell anger inte i vilken enhet beloppen står (kronor, tusen kronor eller miljoner kronor); läs rapportens text via källänken.';

const content = document.querySelector('[data-kk-content]');

async function run(id) {
  const data = await query(QUERY, { id });
  if (!data.municipality) {
    return false;
  }
  render(data.municipality);
  return true;
}

function render(municipality) {
  setTitle(`Ekonomi i ${municipality.name}`, ['Ekonomi', municipality.name]);
  setMunicipalityNav(municipality);
  const reports = municipality.reports.filter((r) => r.financialStatements.length);
  if (!reports.length) {
    fill(content, h('div', { class: 'kk-alert', role: 'status' },
      h('h2', { class: 'kk-alert__title' }, 'Inga ekonomiska tabeller'),
      h('p', null, `Rapporterna från ${municipality.name} i Kommunkollen innehåller inga ekonomiska tabeller.`)));
    ready();
    return;
  }
  fill(content, 
    h('p', { class: 'kk-lead' }, 'Var pengarna gick: kommunens ekonomiska tabeller som de står i rapporterna. Belopp med minustecken är kostnader eller underskott.'),
    glossary(),
    tableOfContents(reports),
    ...reports.map((report) => reportBlock(municipality, report)),
  );
  ready();
}

function glossary() {
  return h('details', { class: 'kk-details' },
    h('summary', null, 'Vad betyder orden?'),
    h('div', { class: 'kk-details__body' }, h('dl', null,
      h('dt', null, 'Budget'), h('dd', null, 'Pengarna som politikerna har beslutat att verksamheten får använda under året.'),
      h('dt', null, 'Utfall och bokslut'), h('dd', null, 'Det som faktiskt blev. Bokslutet är utfallet för ett helt år när räkenskaperna är avslutade.'),
      h('dt', null, 'Prognos'), h('dd', null, 'Vad kommunen tror att året slutar på, bedömt under året.'),
      h('dt', null, 'Avvikelse'), h('dd', null, 'Skillnaden mot budget eller prognos. ▲ betyder plus och ▼ minus. Grönt (bättre än budget) och rött (sämre än budget) visar vi bara där rapportens egna siffror visar vilket tecken som är bättre; annars står siffran utan färg.'),
      h('dt', null, 'Skillnad mellan år'), h('dd', null, 'Till exempel i år jämfört med förra året. Den är varken bättre eller sämre än budget och visas utan pil och färg.'),
      h('dt', null, 'Senaste utfall'), h('dd', null, 'Utfallet för den period som slutar sist, oavsett i vilken ordning tabellen skriver kolumnerna.'),
      h('dt', null, 'Resultaträkning'), h('dd', null, 'Intäkter och kostnader under perioden, och vad som blev kvar.'),
      h('dt', null, 'Driftredovisning'), h('dd', null, 'Kostnader och intäkter för den löpande verksamheten, per verksamhet eller avdelning.'),
      h('dt', null, 'Investeringsredovisning'), h('dd', null, 'Köp av sådant som används i flera år, som it-utrustning och byggnader.'),
      h('dt', null, 'Balansräkning'), h('dd', null, 'Vad verksamheten äger (tillgångar) och hur det är finansierat (skulder och eget kapital) en viss dag.'),
      h('dt', null, 'mnkr, mkr, mnr och tkr'), h('dd', null, 'Miljoner kronor (mnkr, mkr, mnr) och tusen kronor (tkr).'))));
}

function tableOfContents(reports) {
  return h('nav', { 'aria-label': 'Tabellerna på sidan' },
    h('h2', null, 'Tabeller'),
    h('ul', null, reports.flatMap((report) => report.financialStatements.map((statement) => h('li', null,
      h('a', { href: `#tabell-${statement.id}` }, statement.title),
      h('span', { class: 'kk-muted' }, ` – ${STATEMENT_KINDS[statement.kind] || ''}, ${report.title}`))))));
}

function reportBlock(municipality, report) {
  return h('section', { class: 'kk-section', 'aria-labelledby': `rapport-${report.id}` },
    h('h2', { id: `rapport-${report.id}` }, report.title),
    report.periodLabel ? h('p', { class: 'kk-muted' }, `Period: ${report.periodLabel}`) : null,
    report.financialStatements.map((statement) => statementBlock(municipality, report, statement)));
}

function unitSentence(report, statement, unit) {
  if (statement.kind === 'KEY_FIGURES' && !unit) {
    return 'Raderna har var sin enhet, som står i kolumnen Enhet. ';
  }
  if (!unit) {
    return `${UNIT_UNKNOWN} `;
  }
  const printed = statement.unit && unit !== statement.unit ? ` (${statement.unit})` : '';
  if (statement.unitProvenance) {
    return [`Belopp i ${unit}${printed}. Tabellen skriver ingen enhet; rapportens text anger den med samma summa: `,
      sourceLink(report.id, statement.unitProvenance), '. '];
  }
  return `Belopp i ${unit}${printed}. `;
}

function statementBlock(municipality, report, statement) {
  const unit = unitName(statement.unit, statement.unitName);
  const headingId = `tabell-${statement.id}`;
  return h('section', { class: 'kk-section', 'aria-labelledby': headingId, dataset: { statement: statement.title } },
    h('h3', { id: headingId, tabindex: '-1' }, statement.title),
    h('p', null,
      `${STATEMENT_KINDS[statement.kind] || 'Tabell'}. `,
      unitSentence(report, statement, unit),
      sourceLink(report.id, statement.provenance)),
    correctionNote(report, 'FINANCIAL_STATEMENT', statement.id, 'UNIT'),
    chartFor(statement, unit),
    scrollTable(statementTable(municipality, report, statement, unit)));
}

/** Budget, latest outcome and forecast, each the column of its kind whose period ends last. */
function chartFor(statement, unit) {
  const picked = [
    { index: latestOfKind(statement, 'BUDGET'), style: 'budget' },
    { index: latestOfKind(statement, 'OUTCOME'), style: 'outcome' },
    { index: latestOfKind(statement, 'FORECAST'), style: 'forecast' },
  ].filter((p) => p.index >= 0);
  if (picked.length < 2) {
    return null;
  }
  const filled = statement.rows.filter((row) => picked.some((p) => row.values[p.index] !== null && row.values[p.index] !== undefined));
  const sums = filled.filter((row) => row.isSum);
  const rows = (sums.length >= 2 ? sums : filled).slice(0, 14);
  if (!rows.length) {
    return null;
  }
  const decimals = Math.max(0, ...rows.flatMap((row) => picked.map((p) => cellDecimals(row, p.index))));
  const series = picked.map((p) => ({ label: statement.columns[p.index].label, style: p.style }));
  const chart = groupedBarChart({
    title: `${statement.title}: ${series.map((s) => s.label).join(', ')}`,
    series,
    rows: rows.map((row) => ({ label: row.label, values: picked.map((p) => row.values[p.index]) })),
    unitText: unit || 'enhet okänd',
    decimals,
  });
  return h('figure', { class: 'kk-figure', dataset: { kkChart: statement.title } },
    chartLegend(series),
    chart,
    h('figcaption', null,
      `${series.map((s) => s.label).join(', ')}${unit ? ` i ${unit}` : ''}${sums.length >= 2 ? ', summaraderna' : ''}. `,
      'Utfallet är det senaste efter period. Budget är en ofylld stapel, utfall en fylld och prognos en randig. Samma siffror finns i tabellen nedan.'));
}

function cell(statement, column, row, index) {
  const value = row.values[index];
  const printed = row.printed ? row.printed[index] : null;
  const numeric = value !== null && value !== undefined;
  const attributes = { class: 'kk-table__number', 'data-csv': numeric ? csvNumber(value) : (printed || '') };
  if (!numeric) {
    if (printed && printed.trim()) {
      return h('td', attributes, printed);
    }
    return h('td', { ...attributes, class: 'kk-table__number kk-table__empty' }, h('span', { 'aria-hidden': 'true' }, '–'), hidden('tomt'));
  }
  if (column.kind === 'REFERENCE') {
    return h('td', attributes, printed || String(value));
  }
  if (column.unit === '%') {
    return h('td', attributes, `${formatCell(row, index)}\u00a0%`);
  }
  if (isDeviation(column) || column.kind === 'PERIOD_DIFFERENCE') {
    return h('td', attributes, deviationContent(column, row, index));
  }
  return h('td', attributes, formatCell(row, index));
}

/** A cell an editor corrected says so inside the cell, under the figure. */
function correctedCell(report, td, row, index) {
  const note = correctionNote(report, 'FINANCIAL_CELL', `${row.id}.column-${index}`, 'VALUE');
  if (note) {
    td.append(note);
  }
  return td;
}

function statementTable(municipality, report, statement, unit) {
  const keyFigures = statement.kind === 'KEY_FIGURES';
  const columnCount = statement.columns.length + (keyFigures ? 3 : 2);
  const latest = statement.latestOutcomeColumn;
  const head = h('thead', null, h('tr', null,
    h('th', { scope: 'col' }, 'Post'),
    statement.columns.map((column, index) => h('th', { scope: 'col', class: 'kk-table__number', dataset: { kind: column.kind } },
      keyFigures ? 'Värde' : column.label,
      column.unit && column.unit !== statement.unit ? ` (${column.unit})` : '',
      index === latest ? h('span', { class: 'kk-table__note' }, h('br'), 'senaste utfall') : null,
      hidden(` (${COLUMN_KINDS[column.kind] || 'övrigt'})`))),
    keyFigures ? h('th', { scope: 'col' }, 'Enhet') : null,
    h('th', { scope: 'col' }, 'Källa')));
  const bodies = [];
  let current;
  let currentSection;
  statement.rows.forEach((row) => {
    if (!current || (row.section || null) !== currentSection) {
      currentSection = row.section || null;
      current = h('tbody');
      if (currentSection) {
        current.append(h('tr', { class: 'kk-table__section' }, h('th', { scope: 'rowgroup', colspan: String(columnCount) }, currentSection)));
      }
      bodies.push(current);
    }
    current.append(h('tr', { class: row.isSum ? 'kk-table__sum' : null, dataset: { row: row.label } },
      h('th', { scope: 'row' }, row.label),
      statement.columns.map((column, index) => correctedCell(report, cell(statement, column, row, index), row, index)),
      keyFigures ? h('td', { dataset: { unit: row.label } }, rowUnitName(statement, row) || unit || 'anges inte') : null,
      h('td', { class: 'kk-table__source' }, sourceLink(report.id, row.provenance, { short: true }))));
  });
  const caption = unit ? `${statement.title} (${unit})`
    : keyFigures ? `${statement.title} (enhet per rad)` : `${statement.title} (enheten anges inte)`;
  return h('table', { class: 'kk-table', 'data-kk-csv': caption, 'data-kk-csv-source': tableSource([municipality], [report]) },
    h('caption', null, caption),
    head,
    bodies);
}

loadMunicipality(run);
