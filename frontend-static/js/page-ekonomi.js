// Every financial statement as a table (units spelled out, deviations marked with sign and
// words), with a chart of budget, outcome and forecast where the table has them.
import {
  STATEMENT_KINDS, csvNumber, formatNumber, h, hidden, loadMunicipality, query, ready, scrollTable,
  setMunicipalityNav, setTitle, sourceLink, unitName, fill,
} from './core.js';
import { chartLegend, groupedBarChart } from './charts.js';

const QUERY = `query Finances($id: ID!) {
  municipality(id: $id) {
    id name
    reports {
      id title periodLabel year
      financialStatements {
        id kind title unit unitName
        columns { label kind period unit }
        rows { label section isSum values printed provenance { lineStart lineEnd } }
        provenance { lineStart lineEnd }
      }
    }
  }
}`;

const COLUMN_KINDS = {
  OUTCOME: 'utfall',
  BUDGET: 'budget',
  FORECAST: 'prognos',
  DEVIATION: 'avvikelse',
  BALANCE: 'balans',
  RATIO: 'andel',
  REFERENCE: 'referens',
  OTHER: 'övrigt',
};

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
    ...reports.map(reportBlock),
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
      h('dt', null, 'Avvikelse'), h('dd', null, 'Skillnaden mot budget. Plus (▲) betyder bättre än budget, till exempel lägre kostnader. Minus (▼) betyder sämre än budget.'),
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

function reportBlock(report) {
  return h('section', { class: 'kk-section', 'aria-labelledby': `rapport-${report.id}` },
    h('h2', { id: `rapport-${report.id}` }, report.title),
    report.periodLabel ? h('p', { class: 'kk-muted' }, `Period: ${report.periodLabel}`) : null,
    report.financialStatements.map((statement) => statementBlock(report, statement)));
}

function decimalsIn(statement) {
  const decimals = statement.rows.flatMap((row) => row.values)
    .filter((v) => v !== null && v !== undefined)
    .map((v) => (String(v).split('.')[1] || '').length);
  return Math.min(2, Math.max(0, ...decimals));
}

function statementBlock(report, statement) {
  const unit = unitName(statement.unit, statement.unitName);
  const decimals = decimalsIn(statement);
  const headingId = `tabell-${statement.id}`;
  return h('section', { class: 'kk-section', 'aria-labelledby': headingId, dataset: { statement: statement.title } },
    h('h3', { id: headingId, tabindex: '-1' }, statement.title),
    h('p', null,
      `${STATEMENT_KINDS[statement.kind] || 'Tabell'}. Belopp i ${unit || 'kronor'}`,
      statement.unit && unit !== statement.unit ? ` (${statement.unit})` : '',
      '. ', sourceLink(report.id, statement.provenance)),
    chartFor(statement, unit, decimals),
    scrollTable(statementTable(report, statement, unit, decimals)));
}

function chartFor(statement, unit, decimals) {
  const indexOf = (kind, last = false) => {
    const indexes = statement.columns.map((c, i) => (c.kind === kind ? i : -1)).filter((i) => i >= 0);
    return indexes.length ? indexes[last ? indexes.length - 1 : 0] : -1;
  };
  const picked = [
    { index: indexOf('BUDGET'), style: 'budget' },
    { index: indexOf('OUTCOME', true), style: 'outcome' },
    { index: indexOf('FORECAST'), style: 'forecast' },
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
  const series = picked.map((p) => ({ label: statement.columns[p.index].label, style: p.style }));
  const chart = groupedBarChart({
    title: `${statement.title}: ${series.map((s) => s.label).join(', ')}`,
    series,
    rows: rows.map((row) => ({ label: row.label, values: picked.map((p) => row.values[p.index]) })),
    unitText: unit || 'kronor',
    decimals,
  });
  return h('figure', { class: 'kk-figure' },
    chartLegend(series),
    chart,
    h('figcaption', null,
      `${series.map((s) => s.label).join(', ')} i ${unit || 'kronor'}${sums.length >= 2 ? ', summaraderna' : ''}. `,
      'Budget är en ofylld stapel, utfall en fylld och prognos en randig. Samma siffror finns i tabellen nedan.'));
}

function deviation(value, decimals) {
  const number = Number(value);
  const text = formatNumber(value, decimals);
  if (number === 0) {
    return h('span', null, text);
  }
  const negative = number < 0;
  return h('span', { class: `kk-deviation kk-deviation--${negative ? 'negative' : 'positive'}` },
    h('span', { 'aria-hidden': 'true' }, negative ? '▼' : '▲'),
    h('span', null, text),
    hidden(negative ? ' (sämre än budget)' : ' (bättre än budget)'));
}

function cell(statement, column, row, index, decimals) {
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
  if (column.kind === 'RATIO' || column.unit === '%') {
    return h('td', attributes, `${formatNumber(value, decimalsOfColumn(statement, index))}\u00a0%`);
  }
  if (column.kind === 'DEVIATION') {
    return h('td', attributes, deviation(value, decimals));
  }
  return h('td', attributes, formatNumber(value, decimals));
}

function decimalsOfColumn(statement, index) {
  return Math.max(0, ...statement.rows.map((row) => row.values[index]).filter((v) => v !== null && v !== undefined)
    .map((v) => (String(v).split('.')[1] || '').length));
}

function statementTable(report, statement, unit, decimals) {
  const columnCount = statement.columns.length + 2;
  const head = h('thead', null, h('tr', null,
    h('th', { scope: 'col' }, 'Post'),
    statement.columns.map((column) => h('th', { scope: 'col', class: 'kk-table__number' },
      column.label,
      column.unit && column.unit !== statement.unit ? ` (${column.unit})` : '',
      hidden(` (${COLUMN_KINDS[column.kind] || 'övrigt'})`))),
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
      statement.columns.map((column, index) => cell(statement, column, row, index, decimals)),
      h('td', { class: 'kk-table__source' }, sourceLink(report.id, row.provenance, { short: true }))));
  });
  return h('table', { class: 'kk-table', 'data-kk-csv': `${statement.title} (${unit || 'kronor'})` },
    h('caption', null, `${statement.title} (${unit || 'kronor'})`),
    head,
    bodies);
}

loadMunicipality(run);
