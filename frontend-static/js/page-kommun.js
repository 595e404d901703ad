// Municipality overview: reports, goals by status, key financial figures, Kommunkompassen.
import { query } from './api.js';
import { assessmentBadge } from './badges.js';
import { fill, h, hidden } from './dom.js';
import { formatNumber, plural, unitName } from './format.js';
import { loadMunicipality, ready, setMunicipalityNav, setTitle } from './page.js';
import { sourceHref, sourceLink } from './provenance.js';
import { pageHref } from './url.js';
import {
  areaWords,
  ASSESSED_LEVELS,
  assessedAreas,
  ASSESSMENT_ORDER,
  ASSESSMENTS,
  REPORT_KINDS,
} from './vocabulary.js';
import { scoreChart } from './charts.js';
import { CHANGE_FIELDS, changesHref, correctionNote } from './corrections.js';
import { STATEMENT_FIELDS, deviationIsBetter, formatCell, isDeviation, latestOfKind } from './finance.js';

const QUERY = `query Overview($id: ID!) {
  municipality(id: $id) {
    id name county code
    goalStatusCounts { normalized count labels }
    reports {
      id kind title issuer year periodLabel registrationNumber sourceFileName lineCount
      areas { kind name assessment { normalized label } provenance { lineStart lineEnd } }
      financialStatements {
        ${STATEMENT_FIELDS}
      }
      ${CHANGE_FIELDS}
    }
    evaluations {
      id year totalScore maxScore evaluators
      report { id }
      provenance { lineStart lineEnd }
      areas { number name score maxScore provenance { lineStart lineEnd } }
    }
  }
}`;

const STATUS_SLUGS = { GOOD: 'bra', PARTLY: 'delvis', POOR: 'brister', NOT_ASSESSED: 'ej-bedomt', UNKNOWN: 'oklart' };

const content = document.querySelector('[data-kk-content]');

async function run(id) {
  const data = await query(QUERY, { id });
  const municipality = data.municipality;
  if (!municipality) {
    return false;
  }
  render(municipality);
  return true;
}

function render(municipality) {
  setTitle(municipality.name, [municipality.name]);
  setMunicipalityNav(municipality);
  const reports = municipality.reports || [];
  const intro = h('p', { class: 'kk-lead' },
    `${municipality.county}${municipality.code ? ` · kommunkod ${municipality.code}` : ''}. `,
    reports.length
      ? `Här ser du vad kommunens ${reports.length === 1 ? 'rapport' : 'rapporter'} säger om mål, ekonomi och utvärderingar. Varje siffra länkar till raden i rapporten där den står.`
      : '');
  if (!reports.length) {
    fill(content, intro, h('div', { class: 'kk-alert', role: 'status' },
      h('h2', { class: 'kk-alert__title' }, 'Inga rapporter ännu'),
      h('p', null, `Kommunkollen har inga rapporter från ${municipality.name} ännu. Därför finns inga mål, siffror eller utvärderingar att visa.`),
      h('p', null, h('a', { href: 'index.html' }, 'Välj en annan kommun'))));
    ready();
    return;
  }
  fill(content, 
    intro,
    goalSection(municipality),
    financeSection(municipality),
    evaluationSection(municipality),
    reportSection(municipality),
  );
  ready();
}

function goalSection(municipality) {
  const counts = new Map((municipality.goalStatusCounts || []).map((c) => [c.normalized, c]));
  const total = [...counts.values()].reduce((sum, c) => sum + c.count, 0);
  const assessedGoals = ASSESSED_LEVELS.reduce((sum, level) => sum + (counts.get(level)?.count || 0), 0);
  const areaBlocks = municipality.reports.map((report) => ({ report, areas: assessedAreas(report) })).filter((b) => b.areas);
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'mal-rubrik' },
    h('h2', { id: 'mal-rubrik' }, 'Så går det med målen'));
  if (!total && !areaBlocks.length) {
    section.append(h('p', null, `Rapporterna från ${municipality.name} innehåller inga mål med bedömningar.`));
    return section;
  }
  section.append(h('p', null, 'Kommunerna bedömer sina mål och områden med egna ord. Vi för över orden till en gemensam skala så att du kan jämföra.'));
  for (const { report, areas } of areaBlocks) {
    section.append(
      h('h3', null, `Bedömda ${areaWords(areas.assessed.length, areas.kind).replace(/^\d+\s/, '')}`),
      h('p', { dataset: { kkAreas: report.id } },
        `${report.title}${report.periodLabel ? ` (${report.periodLabel})` : ''} bedömer ${areaWords(areas.assessed.length, areas.kind)}`,
        areas.assessed.length < areas.areas.length ? ` av ${areas.areas.length}` : '', '.'),
      countList(areas.counts, 'områden', null));
  }
  if (total) {
    if (areaBlocks.length) {
      section.append(h('h3', null, 'Målen'));
    }
    section.append(h('p', null, assessedGoals
      ? `Totalt ${plural(total, 'mål', 'mål')}.`
      : `Totalt ${plural(total, 'mål', 'mål')}. Inget av dem har en egen bedömning i rapporterna som går att läsa${areaBlocks.length ? '; rapporten bedömer områdena ovan' : ''}.`),
    countList([...counts.values()], 'mål', (level) => pageHref('mal.html', municipality.id, { status: STATUS_SLUGS[level] })));
  }
  section.append(h('p', null, h('a', { href: pageHref('mal.html', municipality.id) }, `Alla mål för ${municipality.name}, med analyser och indikatorer`)));
  return section;
}

/** One line per level: badge, count (a link where given) and the labels the report printed. */
function countList(counts, noun, hrefOf) {
  const byLevel = new Map(counts.map((c) => [c.normalized, c]));
  return h('ul', { class: 'kk-legend kk-goal-counts' }, ASSESSMENT_ORDER.filter((level) => byLevel.get(level)?.count).map((level) => {
    const count = byLevel.get(level);
    const labels = (count.labels || []).filter(Boolean);
    const number = [h('strong', { class: 'kk-number' }, plural(count.count, noun === 'mål' ? 'mål' : 'område', noun)),
      hidden(` med bedömningen ${ASSESSMENTS[level].name}`)];
    return h('li', null,
      assessmentBadge({ normalized: level }),
      hrefOf ? h('a', { href: hrefOf(level) }, number) : h('span', null, number),
      labels.length ? h('span', { class: 'kk-muted' }, `Kommunen skriver: ${labels.map((l) => `”${l}”`).join(', ')}`) : null);
  }));
}

/** The first income statement (else operating account) of each report, and its last sum row. */
function keyFigures(report) {
  const statements = report.financialStatements || [];
  const statement = statements.find((s) => s.kind === 'INCOME_STATEMENT')
    || statements.find((s) => s.kind === 'OPERATING_ACCOUNT');
  if (!statement) {
    return null;
  }
  const sums = statement.rows.filter((row) => row.isSum);
  const row = sums[sums.length - 1] || statement.rows[statement.rows.length - 1];
  if (!row) {
    return null;
  }
  // Each figure from the column of its kind whose period ends last, never by column order.
  const pick = (kind) => {
    const index = kind === 'DEVIATION'
      ? statement.columns.findIndex((column) => isDeviation(column))
      : latestOfKind(statement, kind);
    if (index < 0 || row.values[index] === null || row.values[index] === undefined) {
      return null;
    }
    return { column: statement.columns[index], index };
  };
  const deviation = pick('DEVIATION');
  const sign = deviation && deviation.column.deviationSign;
  const against = deviation && deviation.column.kind === 'FORECAST_DEVIATION' ? 'prognos' : 'budget';
  const figures = [
    { term: 'Budget', explain: 'det som var planerat', ...pick('BUDGET') },
    { term: 'Utfall', explain: 'det som blev, senaste perioden', ...pick('OUTCOME') },
    { term: 'Prognos', explain: 'vad kommunen tror att helåret slutar på', ...pick('FORECAST') },
    {
      term: 'Avvikelse',
      explain: sign ? `skillnad mot ${against}; ${sign === 'POSITIVE_IS_BETTER' ? 'plus' : 'minus'} är bättre än ${against}`
        : `skillnad mot ${against}; rapporten visar inte om plus eller minus är bättre`,
      ...deviation,
    },
  ].filter((f) => f.column);
  return { statement, row, figures };
}

function financeSection(municipality) {
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'ekonomi-rubrik' },
    h('h2', { id: 'ekonomi-rubrik' }, 'Ekonomi i korthet'));
  const blocks = municipality.reports.map((report) => ({ report, key: keyFigures(report) })).filter((b) => b.key && b.key.figures.length);
  if (!blocks.length) {
    section.append(h('p', null, 'Rapporterna innehåller inga resultaträkningar eller driftredovisningar.'));
    return section;
  }
  for (const { report, key } of blocks) {
    const unit = unitName(key.statement.unit, key.statement.unitName);
    section.append(
      h('h3', null, `${key.row.label} – ${key.statement.title}`),
      h('p', { class: 'kk-muted' }, `${report.title}${report.periodLabel ? `, ${report.periodLabel}` : ''}. `,
        unit ? `Belopp i ${unit}${key.statement.unit && key.statement.unit !== unit ? ` (${key.statement.unit})` : ''}. ` : 'Tabellen anger inte vilken enhet beloppen står i.',
        unit && key.statement.unitProvenance ? ['Enheten står i rapportens text: ', sourceLink(report.id, key.statement.unitProvenance), '.'] : null),
      h('dl', { class: 'kk-figures' }, key.figures.map((figure) => {
        const better = deviationIsBetter(figure.column, key.row.values[figure.index]);
        return h('div', null,
          h('dt', null, h('strong', null, figure.term), ` – ${figure.explain}`, h('br'), h('span', { class: 'kk-muted' }, figure.column.label)),
          h('dd', null,
            h('span', { class: 'kk-figure-value', dataset: { kkFigure: figure.term } }, formatCell(key.row, figure.index)),
            better === null ? null : hidden(better ? ' (bättre än budget)' : ' (sämre än budget)'),
            sourceLink(report.id, key.row.provenance),
            correctionNote(report, 'FINANCIAL_CELL', `${key.row.id}.column-${figure.index}`, 'VALUE')));
      })),
      h('p', null, h('a', { href: pageHref('ekonomi.html', municipality.id) }, `Alla ekonomiska tabeller för ${municipality.name}`)),
    );
  }
  return section;
}

function evaluationSection(municipality) {
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'kompass-rubrik' },
    h('h2', { id: 'kompass-rubrik' }, 'Kommunkompassen'));
  const evaluation = (municipality.evaluations || [])[0];
  if (!evaluation) {
    section.append(h('p', null, `${municipality.name} har ingen utvärdering enligt Kommunkompassen i Kommunkollen. Kommunkompassen är SKR:s verktyg för att granska hur en kommun styrs och leds.`));
    return section;
  }
  section.append(
    h('p', null, `Sveriges Kommuner och Regioner (SKR) utvärderade ${municipality.name} ${evaluation.year}. Kommunkompassen granskar hur kommunen styrs och leds inom åtta områden, med högst 100 poäng per område.`),
    h('dl', { class: 'kk-figures' }, h('div', null,
      h('dt', null, `Totalpoäng ${evaluation.year}`),
      h('dd', null,
        h('span', { class: 'kk-figure-value', dataset: { kkFigure: 'total' } }, `${formatNumber(evaluation.totalScore, 0)} av ${formatNumber(evaluation.maxScore, 0)}`),
        sourceLink(evaluation.report.id, evaluation.provenance)))),
    scoreChart({
      title: `Kommunkompassen ${evaluation.year}: poäng per område för ${municipality.name}`,
      description: evaluation.areas.map((a) => `${a.number}. ${a.name}: ${a.score} av ${a.maxScore}`).join('. '),
      items: evaluation.areas.map((a) => ({ label: `${a.number}. ${a.name}`, score: a.score, max: a.maxScore })),
    }),
    h('p', null, h('a', { href: pageHref('kompassen.html', municipality.id) }, 'Områdena, delfrågorna, styrkor och förbättringsmöjligheter')),
  );
  return section;
}

function reportSection(municipality) {
  return h('section', { class: 'kk-section', 'aria-labelledby': 'rapporter-rubrik' },
    h('h2', { id: 'rapporter-rubrik' }, 'Rapporterna uppgifterna kommer från'),
    h('ul', { class: 'kk-cards kk-cards--wide' }, municipality.reports.map((report) => h('li', { class: 'kk-card' },
      h('h3', { class: 'kk-card__title' }, report.title),
      h('dl', { class: 'kk-meta' },
        h('dt', null, 'Slag'), h('dd', null, REPORT_KINDS[report.kind] || report.kind),
        report.issuer ? [h('dt', null, 'Utgivare'), h('dd', null, report.issuer)] : null,
        h('dt', null, 'Period'), h('dd', null, report.periodLabel || String(report.year)),
        report.registrationNumber ? [h('dt', null, 'Diarienummer'), h('dd', null, report.registrationNumber)] : null,
        h('dt', null, 'Omfång'), h('dd', null, `${formatNumber(report.lineCount, 0)} rader text`)),
      h('p', null, h('a', { href: sourceHref(report.id, null) }, 'Läs rapportens text', hidden(`: ${report.title}`))),
      h('p', null, h('a', { href: changesHref(report.id) }, 'Ändringar i rapporten', hidden(`: ${report.title}`)))))));
}

loadMunicipality(run);
