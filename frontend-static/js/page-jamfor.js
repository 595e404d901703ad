// Two or more municipalities side by side on what they share: Kommunkompassen areas, goal
// and area assessments on the common scale, and indicators whose names match. Every figure
// names its report and period, and figures of different periods say so.
import { query } from './api.js';
import { fill, h } from './dom.js';
import { csvNumber, decimalsOf, formatNumber, formatWithUnit, plural } from './format.js';
import { fail, loading, ready, setTitle } from './page.js';
import { sourceLink } from './provenance.js';
import { tableSource } from './csv.js';
import { scrollTable } from './tables.js';
import { params } from './url.js';
import {
  areaWords,
  assessedAreas,
  ASSESSMENT_ORDER,
  ASSESSMENTS,
  valueLabel,
} from './vocabulary.js';
import { stackedShareChart } from './charts.js';

const content = document.querySelector('[data-kk-content]');
const MUNICIPALITY_FIELDS = `id name county
    goalStatusCounts { normalized count labels }
    reports {
      id title year periodLabel periodStart periodEnd
      areas { kind assessment { normalized label } }
      indicators {
        id name unit betterDirection
        values { kind period year value printed }
        provenance { lineStart lineEnd }
      }
    }`;

function buildQuery(count) {
  const variables = Array.from({ length: count }, (_, i) => `$m${i}: ID!`);
  return `query Compare(${['$ids: [ID!]', ...variables].join(', ')}) {
  municipalities { id name county }
  evaluationComparison(municipalities: $ids) {
    evaluations { id year totalScore maxScore municipality { id name } report { id title periodLabel year } provenance { lineStart lineEnd } }
    areas { number name maxScore average scores { municipality { id } year score } }
  }
${Array.from({ length: count }, (_, i) => `  m${i}: municipality(id: $m${i}) { ${MUNICIPALITY_FIELDS} }`).join('\n')}
}`;
}

async function start() {
  const ids = [...new Set(params('id').map((id) => id.toLowerCase()))].slice(0, 6);
  loading();
  try {
    const variables = { ids };
    ids.forEach((id, i) => { variables[`m${i}`] = id; });
    const data = await query(buildQuery(ids.length), variables);
    const selected = ids.map((id, i) => ({ id, municipality: data[`m${i}`] }));
    render(data.municipalities || [], selected, data.evaluationComparison);
  } catch (error) {
    fail(error);
  }
}

function render(all, selected, comparison) {
  const found = selected.filter((s) => s.municipality).map((s) => s.municipality);
  const unknown = selected.filter((s) => !s.municipality).map((s) => s.id);
  setTitle(found.length >= 2 ? `Jämför ${found.map((m) => m.name).join(', ')}` : 'Jämför kommuner',
    [found.length >= 2 ? found.map((m) => m.name).join(', ') : null, 'Jämför']);
  const parts = [
    h('p', { class: 'kk-lead' }, 'Välj två eller fler kommuner. Vi visar det som går att jämföra: Kommunkompassens områden, hur det går med målen på en gemensam skala, och indikatorer med samma namn.'),
    chooser(all, found.map((m) => m.id)),
  ];
  if (unknown.length) {
    parts.push(h('div', { class: 'kk-alert kk-alert--error', role: 'alert' },
      h('h2', { class: 'kk-alert__title' }, 'Okänd kommun'),
      h('p', null, `Vi hittar ingen kommun med id ${unknown.map((id) => `”${id}”`).join(', ')}. Välj kommuner i listan ovan.`)));
  }
  if (found.length < 2) {
    parts.push(h('p', { class: 'kk-note', role: 'status' }, found.length === 1
      ? `Du har valt ${found[0].name}. Välj minst en kommun till.`
      : 'Välj minst två kommuner och tryck på Jämför.'));
    fill(content, ...parts);
    ready();
    return;
  }
  parts.push(
    periodNote(found),
    evaluationBlock(found, comparison),
    areaBlock(found),
    goalBlock(found),
    indicatorBlock(found),
  );
  fill(content, ...parts);
  ready();
}

function chooser(all, chosen) {
  const selected = new Set(chosen);
  return h('form', { class: 'kk-filter', method: 'get', action: 'jamfor.html' },
    h('fieldset', null,
      h('legend', null, 'Kommuner att jämföra'),
      h('div', { class: 'kk-checkboxes' }, all.map((m) => h('label', null,
        h('input', { type: 'checkbox', name: 'id', value: m.id, checked: selected.has(m.id) }),
        m.name)))),
    h('button', { type: 'submit', class: 'kk-button' }, 'Jämför'));
}

function evaluationBlock(found, comparison) {
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'jamfor-kompass' },
    h('h2', { id: 'jamfor-kompass' }, 'Kommunkompassen'));
  const evaluations = (comparison && comparison.evaluations) || [];
  const evaluatedIds = new Set(evaluations.map((e) => e.municipality.id));
  const missing = found.filter((m) => !evaluatedIds.has(m.id));
  if (!evaluations.length) {
    section.append(h('p', null, 'Ingen av kommunerna är utvärderad enligt Kommunkompassen i Kommunkollen.'));
    return section;
  }
  if (missing.length) {
    section.append(h('p', null, `Inte utvärderade: ${missing.map((m) => m.name).join(', ')}.`));
  }
  section.append(scrollTable(h('table', { class: 'kk-table kk-table--compare', 'data-kk-csv': 'Kommunkompassen per område',
    'data-kk-csv-source': tableSource(evaluations.map((e) => e.municipality), evaluations.map((e) => ({ ...e.report, municipality: e.municipality }))) },
    h('caption', null, 'Kommunkompassen: poäng per område (av 100)'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Område'),
      evaluations.map((e) => h('th', { scope: 'col', class: 'kk-table__number' }, `${e.municipality.name} ${e.year}`,
        h('span', { class: 'kk-table__note' }, h('br'), e.report.title))))),
    h('tbody', null, comparison.areas.map((area) => h('tr', null,
      h('th', { scope: 'row' }, `${area.number}. ${area.name}`),
      evaluations.map((e) => {
        const score = area.scores.find((s) => s.municipality.id === e.municipality.id);
        return h('td', { class: 'kk-table__number' }, score ? formatNumber(score.score, 0) : '–');
      })))),
    h('tfoot', null, h('tr', { class: 'kk-table__sum' },
      h('th', { scope: 'row' }, 'Totalt'),
      evaluations.map((e) => h('td', { class: 'kk-table__number kk-table__wrap', 'data-csv': String(e.totalScore) },
        `${formatNumber(e.totalScore, 0)} av ${formatNumber(e.maxScore, 0)} `, sourceLink(e.report.id, e.provenance, { short: true }))))))));
  return section;
}

const SHAPE_KEYS = { GOOD: 'good', PARTLY: 'partly', POOR: 'poor', NOT_ASSESSED: 'none', UNKNOWN: 'unknown' };

/** "Delårsrapport augusti 2023 (januari–augusti 2023)": the reports a municipality's figures come from. */
function reportsOf(municipality) {
  return municipality.reports.map((r) => `${r.title}${r.periodLabel ? ` (${r.periodLabel})` : ` (${r.year})`}`).join('; ');
}

function periodKey(report) {
  return `${report.periodStart || ''}/${report.periodEnd || report.year}`;
}

/** Figures of different periods are never set side by side without saying so. */
function periodNote(found) {
  const withReports = found.filter((m) => m.reports.length);
  const periods = new Set(withReports.flatMap((m) => m.reports.map(periodKey)));
  if (periods.size <= 1) {
    return withReports.length ? h('p', { class: 'kk-note', dataset: { kkPeriods: 'same' } },
      `Alla siffror gäller samma period: ${withReports[0].reports[0].periodLabel || withReports[0].reports[0].year}.`) : null;
  }
  return h('div', { class: 'kk-alert', role: 'note', dataset: { kkPeriods: 'different' } },
    h('h2', { class: 'kk-alert__title' }, 'Olika perioder'),
    h('p', null, 'Rapporterna gäller olika perioder, så siffrorna är inte direkt jämförbara. Varje siffra nedan står med sin rapport och period:'),
    h('ul', null, withReports.map((m) => h('li', null, h('strong', null, m.name), `: ${reportsOf(m)}`))));
}

/** A row header: the municipality, then the report and period its figures come from. */
function municipalityHeader(municipality) {
  return h('th', { scope: 'row' }, h('strong', null, municipality.name),
    h('span', { class: 'kk-table__note' }, h('br'), reportsOf(municipality)));
}

function countCell(counts, total, noun) {
  const byLevel = new Map(counts.map((c) => [c.normalized, c]));
  return h('td', { 'data-csv': ASSESSMENT_ORDER.map((level) => `${ASSESSMENTS[level].name} ${byLevel.get(level)?.count || 0}`).join(', ') },
    h('ul', { class: 'kk-plain-list' }, ASSESSMENT_ORDER.filter((level) => byLevel.get(level)?.count).map((level) => {
      const count = byLevel.get(level);
      return h('li', { dataset: { level } },
        `${ASSESSMENTS[level].name}: `, h('strong', null, plural(count.count, noun[0], noun[1])),
        total ? ` (${Math.round((count.count / total) * 100)} %)` : '',
        count.labels && count.labels.length ? h('span', { class: 'kk-muted' }, h('br'), count.labels.map((l) => `”${l}”`).join(', ')) : null);
    })));
}

function areaBlock(found) {
  const rows = found.flatMap((m) => m.reports.map((report) => ({ municipality: m, report, areas: assessedAreas(report) })))
    .filter((r) => r.areas);
  if (!rows.length) {
    return null;
  }
  return h('section', { class: 'kk-section', 'aria-labelledby': 'jamfor-omraden' },
    h('h2', { id: 'jamfor-omraden' }, 'Bedömda områden'),
    h('p', null, 'Vissa rapporter bedömer hela områden (processområden, målområden) i stället för, eller utöver, de enskilda målen.'),
    scrollTable(h('table', { class: 'kk-table kk-table--compare', 'data-kk-csv': 'Bedömda områden per kommun',
      'data-kk-csv-source': tableSource([...new Set(rows.map((r) => r.municipality))], rows.map((r) => ({ ...r.report, municipality: r.municipality }))) },
      h('caption', null, 'Områdenas bedömning per kommun, rapport och period'),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Kommun, rapport och period'),
        h('th', { scope: 'col' }, 'Bedömning'))),
      h('tbody', null, rows.map(({ municipality, report, areas }) => h('tr', { dataset: { municipality: municipality.id } },
        h('th', { scope: 'row' }, h('strong', null, municipality.name),
          h('span', { class: 'kk-table__note' }, h('br'), `${report.title} (${report.periodLabel || report.year}): `,
            areaWords(areas.assessed.length, areas.kind), ' bedömda')),
        countCell(areas.counts, areas.assessed.length, ['område', 'områden'])))))));
}

function goalBlock(found) {
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'jamfor-mal' },
    h('h2', { id: 'jamfor-mal' }, 'Hur det går med målen'),
    h('p', null, 'Kommunerna bedömer sina mål med egna ord, till exempel ”Delvis på rätt väg” eller ”Ok”. Här är bedömningarna förda till en gemensam skala. Tänk på att kommunerna har olika många mål och olika sorters rapporter.'));
  const counts = found.map((m) => {
    const map = new Map((m.goalStatusCounts || []).map((c) => [c.normalized, c]));
    return { municipality: m, map, total: [...map.values()].reduce((sum, c) => sum + c.count, 0) };
  });
  const withGoals = counts.filter((c) => c.total > 0);
  const without = counts.filter((c) => c.total === 0);
  if (without.length) {
    section.append(h('p', null, `Inga mål i rapporterna: ${without.map((c) => c.municipality.name).join(', ')}.`));
  }
  if (!withGoals.length) {
    return section;
  }
  section.append(h('figure', { class: 'kk-figure' },
    stackedShareChart({
      title: 'Målens bedömning per kommun på den gemensamma skalan',
      rows: withGoals.map((c) => ({
        label: `${c.municipality.name} (${plural(c.total, 'mål', 'mål')}, ${c.municipality.reports.map((r) => r.periodLabel || r.year).join('; ')})`,
        parts: ASSESSMENT_ORDER.map((level) => ({ key: SHAPE_KEYS[level], name: ASSESSMENTS[level].name, count: c.map.get(level)?.count || 0 })),
      })),
    }),
    h('figcaption', null, `Mörkgrönt: ${ASSESSMENTS.GOOD.name.toLowerCase()}. Randigt: ${ASSESSMENTS.PARTLY.name.toLowerCase()}. Rött: ${ASSESSMENTS.POOR.name.toLowerCase()}. Ljusgrått: ${ASSESSMENTS.NOT_ASSESSED.name.toLowerCase()}. Mellangrått: ${ASSESSMENTS.UNKNOWN.name.toLowerCase()}. Antalet mål står i varje del och i tabellen nedan, med rapport och period.`)));
  section.append(scrollTable(h('table', { class: 'kk-table kk-table--compare', 'data-kk-csv': 'Målens bedömning per kommun',
    'data-kk-csv-source': tableSource(withGoals.map((c) => c.municipality), withGoals.flatMap((c) => c.municipality.reports.map((report) => ({ ...report, municipality: c.municipality })))) },
    h('caption', null, 'Antal mål per bedömning, per kommun, rapport och period'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Kommun, rapport och period'),
      h('th', { scope: 'col' }, 'Bedömning'),
      h('th', { scope: 'col', class: 'kk-table__number' }, 'Mål totalt'))),
    h('tbody', null, withGoals.map((c) => h('tr', { dataset: { municipality: c.municipality.id } },
      municipalityHeader(c.municipality),
      countCell([...c.map.values()], c.total, ['mål', 'mål']),
      h('td', { class: 'kk-table__number' }, String(c.total))))))));
  return section;
}

// Indicator names match when, after dropping numbering, units and filler words, the shorter
// name's word stems are all found in the longer one ("Sjukfrånvaro, KS" and
// "Total sjukfrånvaro - tillsvidareanställda, (%)").
const FILLER = new Set(['ks', 'kf', 'klk', 'andel', 'antal', 'index', 'totalindex', 'total', 'totalt', 'och', 'för', 'i', 'av', 'med', 'som', 'till', 'på', 'statistik']);

function stems(name) {
  return new Set(name.toLowerCase()
    .replace(/^\s*\d+\s*\.\s*[a-zåäö]?\s+/, '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-zåäöéü0-9]+/)
    .filter((word) => word.length >= 3 && !FILLER.has(word))
    .map((word) => word.slice(0, 10)));
}

function related(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) {
    return false;
  }
  for (const stem of small) {
    if (![...large].some((other) => other.startsWith(stem) || stem.startsWith(other))) {
      return false;
    }
  }
  return true;
}

function indicatorGroups(found) {
  const items = found.flatMap((m) => m.reports.flatMap((report) => report.indicators.map((indicator) => ({
    municipality: m, report, indicator, stems: stems(indicator.name),
  }))));
  const parent = items.map((_, i) => i);
  const root = (i) => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      if (items[i].municipality.id !== items[j].municipality.id && related(items[i].stems, items[j].stems)) {
        parent[root(i)] = root(j);
      }
    }
  }
  const groups = new Map();
  items.forEach((item, i) => {
    const key = root(i);
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(item);
  });
  return [...groups.values()].filter((group) => new Set(group.map((g) => g.municipality.id)).size >= 2);
}

/** The newest value of a kind: by year where the headers give one, else the last printed. */
function latest(indicator, kind) {
  const values = indicator.values.filter((v) => v.kind === kind && v.value !== null && v.value !== undefined);
  if (values.length && values.every((v) => v.year)) {
    return values.reduce((newest, v) => (v.year > newest.year ? v : newest));
  }
  return values[values.length - 1] || null;
}

function unitOf(indicator) {
  return indicator.unit || (indicator.values.some((v) => v.printed && v.printed.trim().endsWith('%')) ? '%' : null);
}

function indicatorBlock(found) {
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'jamfor-indikatorer' },
    h('h2', { id: 'jamfor-indikatorer' }, 'Indikatorer med samma namn'),
    h('p', null, 'Indikatorer vars namn stämmer överens, till exempel sjukfrånvaro eller medarbetarengagemang. Kommunerna mäter inte alltid på samma sätt, för samma grupp eller för samma period, så läs kommunernas egna namn på måtten och perioden vid varje värde.'));
  const groups = indicatorGroups(found);
  if (!groups.length) {
    section.append(h('p', null, 'Kommunerna har inga indikatorer med namn som stämmer överens.'));
    return section;
  }
  groups.forEach((group, index) => {
    const title = group[0].indicator.name.replace(/^\s*\d+\s*\.\s*[a-zåäö]?\s+/i, '');
    section.append(scrollTable(h('table', { class: 'kk-table kk-table--compare', 'data-kk-csv': `Indikator ${title}`,
      'data-kk-csv-source': tableSource([...new Set(group.map((g) => g.municipality))], group.map((g) => ({ ...g.report, municipality: g.municipality }))) },
      h('caption', null, `${index + 1}. ${title}`),
      h('thead', null, h('tr', null, ['Kommun', 'Indikator, rapport och period', 'Senaste utfall', 'Målvärde'].map((label, i) =>
        h('th', { scope: 'col', class: i >= 2 ? 'kk-table__number' : null }, label)))),
      h('tbody', null, group.map(({ municipality, report, indicator }) => {
        const unit = unitOf(indicator);
        const outcome = latest(indicator, 'OUTCOME');
        const target = latest(indicator, 'TARGET');
        const decimals = Math.max(0, ...indicator.values.filter((v) => v.value !== null).map((v) => decimalsOf(v.value)));
        const value = (v) => (v ? [formatWithUnit(v.value, unit, decimals), h('span', { class: 'kk-muted' }, ` (${valueLabel(v)})`)] : '–');
        return h('tr', null,
          h('th', { scope: 'row' }, municipality.name),
          h('td', null, indicator.name,
            h('span', { class: 'kk-table__note' }, h('br'), `${report.title} (${report.periodLabel || report.year}). `,
              sourceLink(report.id, indicator.provenance))),
          h('td', { class: 'kk-table__number kk-table__wrap', 'data-csv': outcome ? csvNumber(outcome.value) : '' }, value(outcome)),
          h('td', { class: 'kk-table__number kk-table__wrap', 'data-csv': target ? csvNumber(target.value) : '' }, value(target)));
      })))));
  });
  return section;
}

start();
