// Downloads of a table ("Ladda ner CSV", "Ladda ner JSON") for every table with data-kk-csv.
// A table's data-kk-csv-source (from tableSource) names the municipalities and reports its
// figures come from; the downloads' file names and first lines say so, with the address of each
// report's text on this site.

import { h, hidden } from './dom.js';

/**
 * The value for a table's data-kk-csv-source: the municipalities ({id, name}) and reports
 * ({id, title, periodLabel, year}, with municipality {name} when several are compared) whose
 * figures the table shows.
 */
export function tableSource(municipalities, reports) {
  const seen = new Set();
  return JSON.stringify({
    municipalities: municipalities.map(({ id, name }) => ({ id, name })),
    reports: reports.filter((report) => report && !seen.has(report.id) && seen.add(report.id)).map((report) => ({
      id: report.id,
      title: report.title,
      period: report.periodLabel || (report.year ? String(report.year) : ''),
      municipality: report.municipality ? report.municipality.name : null,
    })),
  });
}

function sourceOf(table) {
  try {
    return table.dataset.kkCsvSource ? JSON.parse(table.dataset.kkCsvSource) : null;
  } catch {
    return null;
  }
}

function reportAddress(report) {
  return new URL(`kalla.html?${new URLSearchParams({ report: report.id })}`, document.baseURI).href;
}

function pageAddress() {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

/** The table's cells as text, row by row (header rows apart), a colspan filled with empty cells. */
function tableCells(table) {
  const header = [];
  const body = [];
  for (const row of table.querySelectorAll('tr')) {
    const cells = [...row.children].filter((cell) => !cell.hasAttribute('data-csv-skip'));
    const fields = [];
    for (const cell of cells) {
      fields.push(cell.hasAttribute('data-csv') ? cell.getAttribute('data-csv') : cell.textContent.replace(/\s+/g, ' ').trim());
      const span = Number(cell.getAttribute('colspan') || 1);
      for (let i = 1; i < span; i += 1) {
        fields.push('');
      }
    }
    (row.parentElement.tagName === 'THEAD' ? header : body).push(fields);
  }
  return { header, body };
}

function csvField(text) {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines that say where the table comes from: table, municipality, each report, page, date. */
function sourceRows(name, source) {
  const municipalities = source.municipalities.map((m) => m.name);
  return [
    ['Tabell', name],
    [municipalities.length === 1 ? 'Kommun' : 'Kommuner', municipalities.join(', ')],
    ...source.reports.map((report) => [
      'Rapport',
      report.municipality ? `${report.municipality}: ${report.title}` : report.title,
      report.period ? `Period: ${report.period}` : '',
      `Källa: ${reportAddress(report)}`,
    ]),
    ['Sida', pageAddress()],
    ['Hämtad', today()],
  ];
}

/**
 * The table as CSV for Swedish Excel: UTF-8 with BOM, semicolons, decimal comma, CRLF. A table
 * with data-kk-csv-source starts with lines naming its source, then an empty line.
 */
export function tableToCsv(table, name = table.dataset.kkCsv || 'tabell') {
  const source = sourceOf(table);
  const { header, body } = tableCells(table);
  const rows = [...(source ? [...sourceRows(name, source), []] : []), ...header, ...body];
  return `\ufeff${rows.map((fields) => fields.map(csvField).join(';')).join('\r\n')}\r\n`;
}

// A CSV value with a decimal comma ("-237,2") is a number in JSON; anything else stays text.
const CSV_NUMBER = /^-?\d+(,\d+)?$/;

function jsonValue(text) {
  if (text === '') {
    return null;
  }
  return CSV_NUMBER.test(text) ? Number(text.replace(',', '.')) : text;
}

/** The same table as JSON: its source (with addresses), header rows and rows. */
export function tableToJson(table, name = table.dataset.kkCsv || 'tabell') {
  const source = sourceOf(table);
  const { header, body } = tableCells(table);
  return JSON.stringify({
    table: name,
    source: source && {
      municipalities: source.municipalities,
      reports: source.reports.map((report) => ({ ...report, address: reportAddress(report) })),
      page: pageAddress(),
      retrieved: today(),
    },
    header,
    rows: body.map((fields) => fields.map(jsonValue)),
  }, null, 2);
}

function slug(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * "enkoping-delarsrapport-2023-januari-augusti-7-1-resultatrakning.csv": municipality, report
 * and period when there is one of each, then the table's name.
 */
export function downloadName(table, name, extension) {
  const source = sourceOf(table);
  const parts = [];
  if (source) {
    if (source.municipalities.length === 1) {
      parts.push(source.municipalities[0].id || source.municipalities[0].name);
    }
    if (source.reports.length === 1) {
      parts.push(source.reports[0].title, source.reports[0].period);
    }
  }
  const names = parts.map(slug).filter(Boolean);
  const prefix = [...new Set(names)].join('-').slice(0, 80);
  const base = [prefix, slug(name).slice(0, 60)].filter(Boolean).join('-');
  return `${base || 'tabell'}.${extension}`;
}

function download(content, type, name) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function enhanceTables(root) {
  for (const table of root.querySelectorAll('table[data-kk-csv]:not([data-kk-csv-ready])')) {
    table.setAttribute('data-kk-csv-ready', '');
    const caption = table.querySelector('caption');
    const name = table.dataset.kkCsv || (caption && caption.textContent.trim()) || 'tabell';
    const button = (label, onclick) => h('button', { type: 'button', class: 'kk-button kk-button--secondary kk-csv-button', onclick },
      label, hidden(` – ${name}`));
    const scroller = table.closest('.kk-table-scroll') || table;
    scroller.after(h('p', { class: 'kk-csv' },
      button('Ladda ner CSV', () => download(tableToCsv(table, name), 'text/csv;charset=utf-8', downloadName(table, name, 'csv'))),
      ' ',
      button('Ladda ner JSON', () => download(tableToJson(table, name), 'application/json', downloadName(table, name, 'json')))));
  }
}
