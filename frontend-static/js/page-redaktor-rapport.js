// The editor's page of one report: its values that can be corrected (unknown statuses first)
// and its import warnings, with one form to correct a value and one per warning to mark it
// dealt with. Every change needs a reason and goes to the public change trail.
// redaktor/rapport.html?id=REPORT
import { apiUrl } from './api.js';
import { fill, h } from './dom.js';
import { csrfHeaders, currentSession, swedishMessage } from './editor-api.js';
import { changesHref, valueText } from './corrections.js';
import { ASSESSMENTS, COMMITMENT_STATUSES, CONTROL_RESULTS } from './vocabulary.js';

const QUERY = `query EditReport($report: ID!) {
  report(id: $report) {
    id title periodLabel year
    municipality { id name }
    importWarnings { id line code message resolution { reason changedAt } }
    areas { id name assessment { normalized label } }
    goals { id number title assessment { normalized label } }
    indicators { id name unit values { id period value printed } }
    commitments { id text status statusLabel }
    initiatives { id title status statusLabel }
    internalControls { id riskTitle controlPoint result resultLabel }
    financialStatements { id title unit columns { label } rows { id label values printed } }
  }
}`;

const CORRECT = `mutation Correct($input: CorrectionInput!) {
  correct(input: $input) { id newValue }
}`;

const RESOLVE = `mutation Resolve($id: ID!, $reason: String!) {
  resolveImportWarning(id: $id, reason: $reason) { id }
}`;

const ENUMS = { ASSESSMENT: ASSESSMENTS, STATUS: COMMITMENT_STATUSES, RESULT: CONTROL_RESULTS };
const FIELD_NAMES = {
  VALUE: 'Värde', ASSESSMENT: 'Bedömning', STATUS: 'Status', RESULT: 'Resultat',
  UNIT: 'Enhet', TITLE: 'Rubrik', NAME: 'Namn', TEXT: 'Text',
};

const main = document.querySelector('main');
const content = document.querySelector('[data-kk-content]');
const reportId = new URLSearchParams(location.search).get('id');

function settle(state = 'ready') {
  main.setAttribute('aria-busy', 'false');
  main.dataset.kkState = state;
  document.querySelector('[data-kk-loading]')?.remove();
}

function fail(message) {
  settle('error');
  const failure = document.getElementById('rapport-fel');
  failure.querySelector('[data-kk-message]').textContent = message;
  failure.hidden = false;
  failure.focus();
}

/**
 * A request by POST, so that no cache answers it: a mutation with the session cookie and the
 * CSRF header, a read without them (reads are public). Resolves to data or throws.
 */
async function post(document, variables, { signedIn = true } = {}) {
  const response = await fetch(apiUrl(), {
    method: 'POST',
    credentials: signedIn ? 'same-origin' : 'omit',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(signedIn ? csrfHeaders() : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = await response.json().catch(() => null);
  const error = body && body.errors && body.errors[0];
  if (!response.ok || error) {
    const type = error && error.extensions && (error.extensions.classification || error.extensions.code);
    throw Object.assign(new Error(error ? error.message : `Servern svarade ${response.status}.`), { type, status: response.status });
  }
  return body.data;
}

function refusal(error) {
  switch (error.type) {
    case 'UNAUTHORIZED':
      return 'Du är inte inloggad längre. Logga in igen och skicka rättelsen på nytt.';
    case 'FORBIDDEN':
      return 'Ditt konto får inte rätta uppgifter för den här kommunen.';
    case 'BAD_REQUEST':
      return `Rättelsen skickades inte: ${error.message}`;
    default:
      return error.status === 403 ? 'Sidan var för gammal för att skicka formuläret. Ladda om sidan och försök igen.'
        : `Det gick inte: ${error.message}`;
  }
}

/** Every value that can be corrected, records with an unknown status first. */
function correctables(report) {
  const values = [];
  const add = (recordType, recordId, field, label, current, unknown = false) => values.push({
    recordType, recordId, field, label, current, unknown, key: `${recordType}|${recordId}|${field}`,
  });
  report.areas.forEach((a) => add('AREA', a.id, 'ASSESSMENT', `Område ${a.name}`, a.assessment.normalized, a.assessment.normalized === 'UNKNOWN'));
  report.goals.forEach((g) => {
    const name = [g.number, g.title].filter(Boolean).join(' ');
    add('GOAL', g.id, 'ASSESSMENT', `Mål ${name}`, g.assessment.normalized, g.assessment.normalized === 'UNKNOWN');
    add('GOAL', g.id, 'TITLE', `Mål ${name}`, g.title);
  });
  report.commitments.forEach((c) => {
    add('COMMITMENT', c.id, 'STATUS', `Åtagande ${c.text}`, c.status, c.status === 'UNKNOWN');
    add('COMMITMENT', c.id, 'TEXT', `Åtagande ${c.text}`, c.text);
  });
  report.initiatives.forEach((i) => {
    add('INITIATIVE', i.id, 'STATUS', `Satsning ${i.title}`, i.status, i.status === 'UNKNOWN');
    add('INITIATIVE', i.id, 'TITLE', `Satsning ${i.title}`, i.title);
  });
  report.internalControls.forEach((c) => add('INTERNAL_CONTROL', c.id, 'RESULT',
    `Kontroll ${c.controlPoint || c.riskTitle || c.id}`, c.result, c.result === 'UNKNOWN'));
  report.indicators.forEach((i) => {
    add('INDICATOR', i.id, 'UNIT', `Indikator ${i.name}`, i.unit);
    add('INDICATOR', i.id, 'NAME', `Indikator ${i.name}`, i.name);
    i.values.forEach((v) => add('INDICATOR_VALUE', v.id, 'VALUE', `${i.name}, ${v.period}`,
      v.value === null ? null : String(v.value).replace('.', ','), v.value === null));
  });
  report.financialStatements.forEach((s) => {
    add('FINANCIAL_STATEMENT', s.id, 'UNIT', `Tabell ${s.title}`, s.unit, !s.unit);
    s.rows.forEach((row) => s.columns.forEach((column, index) => add('FINANCIAL_CELL', `${row.id}.column-${index}`, 'VALUE',
      `${s.title}: ${row.label}, ${column.label}`, row.values[index] === null ? row.printed[index] : String(row.values[index]).replace('.', ','))));
  });
  return [...values.filter((v) => v.unknown), ...values.filter((v) => !v.unknown)];
}

function valueField(value) {
  const names = ENUMS[value.field];
  if (names) {
    return h('select', { id: 'nytt-varde', name: 'value', required: true },
      Object.entries(names).map(([code, info]) => h('option', { value: code, selected: code === value.current }, info.name)));
  }
  return h('input', {
    id: 'nytt-varde', name: 'value', type: 'text', required: true, autocomplete: 'off',
    value: value.current ?? '', 'aria-describedby': 'nytt-varde-tips',
  });
}

function valueHint(value) {
  if (value.field === 'VALUE') {
    return 'Ett tal som i rapporten, med decimalkomma, till exempel 1 234,5 eller -7,5.';
  }
  if (value.recordType === 'FINANCIAL_STATEMENT') {
    return 'En penningenhet: kr, tkr, mnkr, tusen kronor eller miljoner kronor.';
  }
  return ENUMS[value.field] ? 'Välj det värde rapporten egentligen anger.' : 'Texten som den ska stå.';
}

function correctionForm(values, status) {
  const byKey = new Map(values.map((v) => [v.key, v]));
  const choice = h('select', { id: 'vardet', name: 'record', required: true },
    values.map((v) => h('option', { value: v.key },
      `${v.unknown ? 'Okänt: ' : ''}${v.label} – ${FIELD_NAMES[v.field]}: ${valueText(v.field, v.current)}`)));
  const slot = h('div', { class: 'kk-form__field' });
  const reason = h('textarea', { id: 'motivering', name: 'reason', required: true, 'aria-describedby': 'motivering-tips' });
  const showValue = () => {
    const value = byKey.get(choice.value);
    fill(slot, h('label', { for: 'nytt-varde' }, `Nytt värde (${FIELD_NAMES[value.field].toLowerCase()})`),
      h('span', { class: 'kk-form__hint', id: 'nytt-varde-tips' }, valueHint(value)), valueField(value));
  };
  choice.addEventListener('change', showValue);
  const form = h('form', { class: 'kk-form', id: 'ratta', novalidate: true },
    h('div', { class: 'kk-form__field' }, h('label', { for: 'vardet' }, 'Värde att rätta'), choice),
    slot,
    h('div', { class: 'kk-form__field' },
      h('label', { for: 'motivering' }, 'Motivering'),
      h('span', { class: 'kk-form__hint', id: 'motivering-tips' }, 'Syns för alla bredvid värdet, till exempel ”Symbolen för status försvann när PDF:en gjordes om till text”.'),
      reason),
    h('div', { class: 'kk-form__actions' }, h('button', { type: 'submit', class: 'kk-button' }, 'Spara rättelse')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = byKey.get(choice.value);
    const input = form.elements.value;
    reason.setAttribute('aria-invalid', String(!reason.value.trim()));
    if (!reason.value.trim()) {
      status.textContent = 'Skriv en motivering: den visas för alla bredvid det rättade värdet.';
      reason.focus();
      return;
    }
    try {
      await post(CORRECT, { input: {
        recordType: value.recordType, recordId: value.recordId, field: value.field, value: input.value, reason: reason.value,
      } });
      status.textContent = `Sparat: ${value.label} – ${FIELD_NAMES[value.field].toLowerCase()} är nu ${valueText(value.field, input.value)}.`;
      await load(status.textContent);
    } catch (error) {
      status.textContent = refusal(error);
    }
  });
  showValue();
  return form;
}

function warningItem(warning, status) {
  const reasonId = `varning-${warning.id}`;
  if (warning.resolution) {
    return h('li', { class: 'kk-item' }, h('p', null, warningText(warning)),
      h('p', { class: 'kk-correction' }, `Åtgärdad: ${warning.resolution.reason}`));
  }
  const reason = h('textarea', { id: reasonId, name: 'reason', required: true });
  const form = h('form', { class: 'kk-form', novalidate: true },
    h('div', { class: 'kk-form__field' }, h('label', { for: reasonId }, 'Motivering'), reason),
    h('div', { class: 'kk-form__actions' }, h('button', { type: 'submit', class: 'kk-button kk-button--secondary' }, 'Markera varning som åtgärdad')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    reason.setAttribute('aria-invalid', String(!reason.value.trim()));
    if (!reason.value.trim()) {
      status.textContent = 'Skriv en motivering till varför varningen är åtgärdad.';
      reason.focus();
      return;
    }
    try {
      await post(RESOLVE, { id: warning.id, reason: reason.value });
      await load(`Varningen på ${warning.line ? `rad ${warning.line}` : 'rapporten'} är markerad som åtgärdad.`);
    } catch (error) {
      status.textContent = refusal(error);
    }
  });
  return h('li', { class: 'kk-item' }, h('p', null, warningText(warning)), form);
}

function warningText(warning) {
  return `${warning.line ? `Rad ${warning.line}: ` : ''}${warning.message} (${warning.code})`;
}

function render(report, session, message) {
  document.title = `Rätta ${report.title} – Kommunkollen`;
  const status = document.querySelector('[data-kk-status]');
  status.textContent = message || '';
  const mayEdit = session.role === 'ADMINISTRATOR' || session.municipalityId === report.municipality.id;
  const values = correctables(report);
  const unknown = values.filter((v) => v.unknown).length;
  const warnings = [...report.importWarnings].sort((a, b) => Number(!/STATUS|UNKNOWN/.test(a.code)) - Number(!/STATUS|UNKNOWN/.test(b.code)));
  fill(content,
    h('p', null, `${report.title} (${report.periodLabel || report.year}), ${report.municipality.name}. `,
      h('a', { href: `../${changesHref(report.id)}` }, 'Ändringar i rapporten'), ' · ',
      h('a', { href: `../kalla.html?${new URLSearchParams({ report: report.id })}` }, 'Rapportens text')),
    mayEdit ? null : h('div', { class: 'kk-alert kk-alert--error' },
      h('p', null, `Du är redaktör för en annan kommun och kan inte rätta ${report.municipality.name}s rapporter.`)),
    h('section', { 'aria-labelledby': 'ratta-rubrik' },
      h('h2', { id: 'ratta-rubrik' }, 'Rätta ett värde'),
      h('p', null, `Rapporten har ${values.length} värden som går att rätta${unknown ? `, varav ${unknown} med okänd status eller utan värde (de står först)` : ''}. Värdet som rapporten tryckte finns kvar i källtexten och i ändringslistan.`),
      mayEdit ? correctionForm(values, status) : null),
    h('section', { 'aria-labelledby': 'varningar-rubrik' },
      h('h2', { id: 'varningar-rubrik' }, `Varningar från inläsningen (${warnings.length})`),
      warnings.length ? h('ol', { class: 'kk-list-plain' }, warnings.map((w) => (mayEdit || w.resolution ? warningItem(w, status) : h('li', null, warningText(w)))))
        : h('p', null, 'Inläsningen gav inga varningar.')));
  settle();
}

async function load(message) {
  const [session, data] = await Promise.all([currentSession(), post(QUERY, { report: reportId }, { signedIn: false })]);
  if (!session) {
    location.replace(`logga-in.html?nasta=${encodeURIComponent(`rapport.html?id=${reportId}`)}`);
    return;
  }
  if (!data.report) {
    fail(`Det finns ingen rapport med id ”${reportId}”.`);
    return;
  }
  render(data.report, session, message);
}

if (!reportId) {
  fail('Ingen rapport är vald: öppna sidan med ?id= och rapportens id.');
} else {
  load().catch((error) => fail(error.status !== undefined ? swedishMessage(error) : `Det gick inte att hämta rapporten: ${error.message}`));
}
