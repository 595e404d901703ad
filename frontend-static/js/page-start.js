// Start page: the form works without JavaScript (kommun.html?id=<name>); with it, the list
// below filters as you type and the input suggests every Swedish municipality.
import { query } from './api.js';
import { h } from './dom.js';
import { normalizeName, plural } from './format.js';
import { pageHref } from './url.js';

const form = document.querySelector('[data-kk-search]');
const input = form.querySelector('input[name="id"]');
const datalist = document.getElementById(input.getAttribute('list'));
const list = document.querySelector('[data-kk-results]');
const status = document.querySelector('[data-kk-search-status]');

const QUERY = `query Start {
  withData: municipalities { id name county reports { id kind year } }
  all: municipalities(withReports: false) { id name county }
}`;

let withData = [];
let all = [];
let timer;

function resultItem(municipality, hasData) {
  const reports = municipality.reports || [];
  return h('li', null,
    hasData
      ? h('a', { href: pageHref('kommun.html', municipality.id) }, municipality.name)
      : h('span', { class: 'kk-results__name' }, municipality.name),
    h('span', { class: 'kk-results__county' },
      municipality.county,
      hasData ? ` · ${plural(reports.length, 'rapport', 'rapporter')}` : ' · inga rapporter ännu'));
}

function matches(text) {
  const needle = normalizeName(text);
  const dataIds = new Set(withData.map((m) => m.id));
  const found = all.filter((m) => normalizeName(m.name).includes(needle));
  found.sort((a, b) => {
    const aData = dataIds.has(a.id) ? 0 : 1;
    const bData = dataIds.has(b.id) ? 0 : 1;
    const aStart = normalizeName(a.name).startsWith(needle) ? 0 : 1;
    const bStart = normalizeName(b.name).startsWith(needle) ? 0 : 1;
    return aData - bData || aStart - bStart || a.name.localeCompare(b.name, 'sv');
  });
  return found.map((m) => withData.find((d) => d.id === m.id) || m);
}

function render(text) {
  const dataIds = new Set(withData.map((m) => m.id));
  if (!text.trim()) {
    list.replaceChildren(...withData.map((m) => resultItem(m, true)));
    announce(`${plural(withData.length, 'kommun har', 'kommuner har')} rapporter i Kommunkollen.`);
    return;
  }
  const found = matches(text);
  const shown = found.slice(0, 12);
  list.replaceChildren(...shown.map((m) => resultItem(m, dataIds.has(m.id))));
  const withReports = found.filter((m) => dataIds.has(m.id)).length;
  if (found.length === 0) {
    announce(`Ingen kommun matchar ”${text.trim()}”.`);
  } else {
    announce(`${plural(found.length, 'kommun matchar', 'kommuner matchar')} ”${text.trim()}”, ${withReports} med rapporter.${found.length > shown.length ? ` De ${shown.length} första visas.` : ''}`);
  }
}

function announce(message) {
  clearTimeout(timer);
  // wait for a pause in typing so a screen reader is not interrupted at every key
  timer = setTimeout(() => { status.textContent = message; }, 400);
}

function submit(event) {
  const text = input.value.trim();
  if (!all.length) {
    return; // no list from the API: let the form go to kommun.html, which searches by name
  }
  event.preventDefault();
  if (!text) {
    status.textContent = 'Skriv namnet på en kommun.';
    input.focus();
    return;
  }
  const exact = all.find((m) => normalizeName(m.name) === normalizeName(text) || m.id === text);
  const found = matches(text);
  const target = exact || (found.length === 1 ? found[0] : null);
  if (target) {
    location.href = pageHref('kommun.html', target.id);
    return;
  }
  render(text);
  clearTimeout(timer);
  status.textContent = found.length
    ? `${plural(found.length, 'kommun matchar', 'kommuner matchar')} ”${text}”. Välj en i listan.`
    : `Ingen kommun matchar ”${text}”. Kontrollera stavningen.`;
}

form.addEventListener('submit', submit);

query(QUERY).then((data) => {
  withData = data.withData || [];
  all = (data.all && data.all.length ? data.all : withData);
  datalist.replaceChildren(...all.map((m) => h('option', { value: m.name })));
  input.addEventListener('input', () => render(input.value));
  list.replaceChildren(...withData.map((m) => resultItem(m, true)));
  if (input.value.trim()) {
    render(input.value);
  }
  form.dataset.kkEnhanced = 'true';
}).catch(() => {
  status.textContent = 'Listan över kommuner kunde inte hämtas just nu. Du kan ändå skriva ett namn och söka, eller välja en kommun i listan.';
  form.dataset.kkEnhanced = 'failed';
});
