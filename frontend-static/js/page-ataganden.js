// Commitments (åtaganden), initiatives and internal control: what was promised, who is
// responsible, how far it got, and what the controls found.
import { query } from './api.js';
import { statusBadge } from './badges.js';
import { CHANGE_FIELDS, correctionNote } from './corrections.js';
import { fill, h } from './dom.js';
import { plural } from './format.js';
import { loadMunicipality, ready, setMunicipalityNav, setTitle } from './page.js';
import { sourceLink } from './provenance.js';
import { richText } from './sanitize.js';
import { tableSource } from './csv.js';
import { scrollTable } from './tables.js';
import { COMMITMENT_STATUSES, CONTROL_RESULTS, INITIATIVE_KINDS } from './vocabulary.js';

const QUERY = `query Commitments($id: ID!) {
  municipality(id: $id) {
    id name
    reports {
      id title periodLabel year
      commitments {
        id text responsible status statusLabel completion followUp followUpHtml
        goal { id number title }
        area { id name }
        responsibleBodies { label organisation { name } }
        provenance { lineStart lineEnd }
      }
      initiatives {
        id kind title commissionedBy status statusLabel comment commentHtml
        goal { id number title }
        provenance { lineStart lineEnd }
      }
      internalControls {
        id area riskTitle riskDescription controlPoint frequency method result resultLabel resultText action comment
        provenance { lineStart lineEnd }
      }
      ${CHANGE_FIELDS}
    }
  }
}`;

const STATUS_ORDER = ['DONE', 'IN_PROGRESS', 'DELAYED', 'NOT_STARTED', 'CANCELLED', 'UNKNOWN'];
const RESULT_ORDER = ['NO_DEVIATION', 'MINOR_DEVIATION', 'MAJOR_DEVIATION', 'NOT_PERFORMED', 'UNKNOWN'];

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
  setTitle(`Åtaganden och intern kontroll i ${municipality.name}`, ['Åtaganden och kontroll', municipality.name]);
  setMunicipalityNav(municipality);
  const reports = municipality.reports;
  const commitments = reports.flatMap((report) => report.commitments.map((item) => ({ report, item })));
  const initiatives = reports.flatMap((report) => report.initiatives.map((item) => ({ report, item })));
  const controls = reports.flatMap((report) => report.internalControls.map((item) => ({ report, item })));
  if (!commitments.length && !initiatives.length && !controls.length) {
    fill(content, h('div', { class: 'kk-alert', role: 'status' },
      h('h2', { class: 'kk-alert__title' }, 'Inga åtaganden eller kontroller'),
      h('p', null, `Rapporterna från ${municipality.name} i Kommunkollen innehåller inga åtaganden, satsningar eller internkontroller.`)));
    ready();
    return;
  }
  fill(content, 
    h('p', { class: 'kk-lead' }, 'Vad kommunen lovade att göra under året, hur långt det kom, och vad kommunens egna kontroller av risker visade.'),
    h('nav', { 'aria-label': 'Delar av sidan' }, h('ul', null,
      commitments.length ? h('li', null, h('a', { href: '#ataganden' }, `Åtaganden (${commitments.length})`)) : null,
      initiatives.length ? h('li', null, h('a', { href: '#satsningar' }, `Satsningar och uppdrag (${initiatives.length})`)) : null,
      controls.length ? h('li', null, h('a', { href: '#internkontroll' }, `Intern kontroll (${controls.length})`)) : null)),
    commitments.length ? commitmentSection(municipality, commitments) : null,
    initiatives.length ? initiativeSection(municipality, initiatives) : null,
    controls.length ? controlSection(municipality, controls) : null,
  );
  ready();
}

function countBy(items, key, order, names) {
  const counts = new Map();
  for (const { item } of items) {
    counts.set(item[key], (counts.get(item[key]) || 0) + 1);
  }
  return h('ul', { class: 'kk-legend' }, order.filter((value) => counts.get(value)).map((value) => h('li', null,
    statusBadge(names[value], null), h('strong', { class: 'kk-number' }, String(counts.get(value))))));
}

function progress(completion) {
  if (completion === null || completion === undefined) {
    return h('span', { class: 'kk-muted' }, 'Färdiggrad saknas');
  }
  const value = Math.max(0, Math.min(100, completion));
  return h('span', { class: 'kk-progress' },
    h('span', { class: 'kk-progress__bar', 'aria-hidden': 'true' }, h('span', { class: 'kk-progress__fill', style: `inline-size: ${value}%` })),
    `Färdiggrad ${value} %`);
}

function details(summary, body) {
  return body ? h('details', { class: 'kk-details' }, h('summary', null, summary), h('div', { class: 'kk-details__body' }, body)) : null;
}

function commitmentSection(municipality, commitments) {
  const status = (item) => COMMITMENT_STATUSES[item.status] || COMMITMENT_STATUSES.UNKNOWN;
  const done = commitments.filter(({ item }) => item.status === 'DONE').length;
  return h('section', { class: 'kk-section', 'aria-labelledby': 'ataganden' },
    h('h2', { id: 'ataganden' }, 'Åtaganden'),
    h('p', null, 'Ett åtagande är något kommunen lovar att göra under ett år, ofta för att nå ett av de fleråriga målen. Inom parentes står de nämnder och bolag som ansvarar.'),
    h('p', { class: 'kk-lead', dataset: { kkSummary: 'commitments' } },
      `${plural(commitments.length, 'åtagande', 'åtaganden')}, varav ${done} med status klart i rapporten.`),
    countBy(commitments, 'status', STATUS_ORDER, COMMITMENT_STATUSES),
    commitments.some(({ item }) => item.status === 'UNKNOWN')
      ? h('p', { class: 'kk-note' }, 'Status saknas betyder att statusen i rapporten var en symbol som försvann när rapporten gjordes om till text, eller att ingen status fanns. Vi gissar inte.')
      : null,
    h('ol', { class: 'kk-list-plain' }, commitments.map(({ report, item }) => h('li', { class: 'kk-item', dataset: { commitment: item.id } },
      h('h3', { class: 'kk-item__title' }, item.text),
      h('div', { class: 'kk-badges' }, statusBadge(status(item), item.statusLabel), progress(item.completion)),
      correctionNote(report, 'COMMITMENT', item.id, 'STATUS'),
      correctionNote(report, 'COMMITMENT', item.id, 'TEXT'),
      h('dl', { class: 'kk-meta' },
        h('dt', null, 'Ansvariga'),
        h('dd', null, item.responsibleBodies && item.responsibleBodies.length
          ? item.responsibleBodies.map((body) => body.organisation ? `${body.label} (${body.organisation.name})` : body.label).join(', ')
          : (item.responsible.join(', ') || 'Inte angivet')),
        item.area ? [h('dt', null, 'Område'), h('dd', null, item.area.name)] : null,
        item.goal ? [h('dt', null, 'Mål'), h('dd', null, [item.goal.number, item.goal.title].filter(Boolean).join(' '))] : null),
      details('Uppföljning', richText(item.followUpHtml, item.followUp)),
      h('p', null, sourceLink(report.id, item.provenance))))),
    details('Alla åtaganden som tabell', scrollTable(h('table', { class: 'kk-table', 'data-kk-csv': 'Åtaganden', 'data-kk-csv-source': tableSource([municipality], commitments.map(({ report }) => report)) },
      h('caption', null, 'Åtaganden'),
      h('thead', null, h('tr', null, ['Åtagande', 'Ansvariga', 'Status', 'Färdiggrad (%)', 'Källa'].map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', null, commitments.map(({ report, item }) => h('tr', null,
        h('th', { scope: 'row' }, item.text),
        h('td', null, item.responsible.join(', ')),
        h('td', null, status(item).name),
        h('td', { class: 'kk-table__number' }, item.completion === null || item.completion === undefined ? '' : String(item.completion)),
        h('td', { class: 'kk-table__source' }, sourceLink(report.id, item.provenance, { short: true })))))))));
}

function initiativeSection(municipality, initiatives) {
  return h('section', { class: 'kk-section', 'aria-labelledby': 'satsningar' },
    h('h2', { id: 'satsningar' }, 'Satsningar och uppdrag'),
    h('p', null, 'Prioriterade satsningar som kommunen valt för året, uppdrag från kommunfullmäktige och inriktningar i Mål och budget, med kommunens uppföljning.'),
    countBy(initiatives, 'status', STATUS_ORDER, COMMITMENT_STATUSES),
    h('ol', { class: 'kk-list-plain' }, initiatives.map(({ report, item }) => h('li', { class: 'kk-item' },
      h('h3', { class: 'kk-item__title' }, item.title),
      h('div', { class: 'kk-badges' },
        statusBadge(COMMITMENT_STATUSES[item.status] || COMMITMENT_STATUSES.UNKNOWN, item.statusLabel),
        h('span', { class: 'kk-tag' }, INITIATIVE_KINDS[item.kind] || item.kind)),
      correctionNote(report, 'INITIATIVE', item.id, 'STATUS'),
      correctionNote(report, 'INITIATIVE', item.id, 'TITLE'),
      item.commissionedBy || item.goal ? h('dl', { class: 'kk-meta' },
        item.commissionedBy ? [h('dt', null, 'Uppdrag från'), h('dd', null, item.commissionedBy)] : null,
        item.goal ? [h('dt', null, 'Mål'), h('dd', null, [item.goal.number, item.goal.title].filter(Boolean).join(' '))] : null) : null,
      details('Kommentar', richText(item.commentHtml, item.comment)),
      h('p', null, sourceLink(report.id, item.provenance))))),
    details('Alla satsningar och uppdrag som tabell', scrollTable(h('table', { class: 'kk-table', 'data-kk-csv': 'Satsningar och uppdrag', 'data-kk-csv-source': tableSource([municipality], initiatives.map(({ report }) => report)) },
      h('caption', null, 'Satsningar och uppdrag'),
      h('thead', null, h('tr', null, ['Titel', 'Slag', 'Status', 'Källa'].map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', null, initiatives.map(({ report, item }) => h('tr', null,
        h('th', { scope: 'row' }, item.title),
        h('td', null, INITIATIVE_KINDS[item.kind] || item.kind),
        h('td', null, (COMMITMENT_STATUSES[item.status] || COMMITMENT_STATUSES.UNKNOWN).name),
        h('td', { class: 'kk-table__source' }, sourceLink(report.id, item.provenance, { short: true })))))))));
}

/** "7 kontrollpunkter och 1 risk som följts upp utan kontrollmoment." */
function controlSummary(controls) {
  const points = controls.filter(({ item }) => item.controlPoint).length;
  const risks = controls.length - points;
  const parts = [];
  if (points) {
    parts.push(plural(points, 'kontrollpunkt', 'kontrollpunkter'));
  }
  if (risks) {
    parts.push(`${plural(risks, 'risk', 'risker')} som följts upp utan kontrollmoment`);
  }
  return `${parts.join(' och ')}.`;
}

function controlSection(municipality, controls) {
  const result = (item) => CONTROL_RESULTS[item.result] || CONTROL_RESULTS.UNKNOWN;
  return h('section', { class: 'kk-section', 'aria-labelledby': 'internkontroll' },
    h('h2', { id: 'internkontroll' }, 'Intern kontroll'),
    h('p', null, 'I den interna kontrollen (internkontroll) väljer nämnden ut risker, till exempel att regler inte följs, och kontrollerar under året om något gått fel. Resultatet visar om kontrollen hittade avvikelser.'),
    h('p', { class: 'kk-lead', dataset: { kkSummary: 'controls' } }, controlSummary(controls)),
    countBy(controls, 'result', RESULT_ORDER, CONTROL_RESULTS),
    h('ol', { class: 'kk-list-plain' }, controls.map(({ report, item }) => h('li', { class: 'kk-item', dataset: { control: item.id, controlKind: item.controlPoint ? 'point' : 'risk' } },
      h('h3', { class: 'kk-item__title' }, item.controlPoint || item.riskTitle || 'Kontroll'),
      h('div', { class: 'kk-badges' }, statusBadge(result(item), item.resultLabel, 'Resultat: ')),
      correctionNote(report, 'INTERNAL_CONTROL', item.id, 'RESULT'),
      h('dl', { class: 'kk-meta' },
        item.area ? [h('dt', null, 'Område'), h('dd', null, item.area)] : null,
        item.riskTitle ? [h('dt', null, 'Risk'), h('dd', null, item.riskTitle)] : null,
        item.frequency ? [h('dt', null, 'Hur ofta'), h('dd', null, item.frequency)] : null,
        item.method ? [h('dt', null, 'Metod'), h('dd', null, item.method)] : null,
        item.action ? [h('dt', null, 'Åtgärd'), h('dd', null, item.action)] : null),
      details('Beskrivning av risken', item.riskDescription ? h('p', null, item.riskDescription) : null),
      details('Vad kontrollen visade', item.resultText ? h('p', null, item.resultText) : null),
      details('Kommentar', item.comment ? h('p', null, item.comment) : null),
      h('p', null, sourceLink(report.id, item.provenance))))),
    details('Alla kontroller som tabell', scrollTable(h('table', { class: 'kk-table', 'data-kk-csv': 'Intern kontroll', 'data-kk-csv-source': tableSource([municipality], controls.map(({ report }) => report)) },
      h('caption', null, 'Intern kontroll'),
      h('thead', null, h('tr', null, ['Kontroll', 'Risk', 'Resultat', 'Källa'].map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', null, controls.map(({ report, item }) => h('tr', null,
        h('th', { scope: 'row' }, item.controlPoint || ''),
        h('td', null, item.riskTitle || ''),
        h('td', null, item.resultLabel ? `${result(item).name} (${item.resultLabel})` : result(item).name),
        h('td', { class: 'kk-table__source' }, sourceLink(report.id, item.provenance, { short: true })))))))));
}

loadMunicipality(run);
