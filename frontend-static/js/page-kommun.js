// Municipality overview: reports, goals by status, key financial figures, Kommunkompassen.
import {
  ASSESSMENTS, ASSESSMENT_ORDER, REPORT_KINDS, assessmentBadge, formatNumber, h, hidden, loadMunicipality,
  pageHref, plural, query, ready, setMunicipalityNav, setTitle, sourceHref, sourceLink, unitName, fill,
} from './core.js';
import { scoreChart } from './charts.js';

const QUERY = `query Overview($id: ID!) {
  municipality(id: $id) {
    id name county code
    goalStatusCounts { normalized count labels }
    reports {
      id kind title issuer year periodLabel registrationNumber sourceFileName lineCount
      financialStatements {
        id kind title unit unitName
        columns { label kind period }
        rows { label isSum values provenance { lineStart lineEnd } }
      }
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
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'mal-rubrik' },
    h('h2', { id: 'mal-rubrik' }, 'Så går det med målen'));
  if (!total) {
    section.append(h('p', null, `Rapporterna från ${municipality.name} innehåller inga mål med bedömningar.`));
    return section;
  }
  section.append(
    h('p', null, `Kommunerna bedömer sina mål med egna ord. Vi för över orden till en gemensam skala så att du kan jämföra. Totalt ${plural(total, 'mål', 'mål')}.`),
    h('ul', { class: 'kk-legend kk-goal-counts' }, ASSESSMENT_ORDER.filter((level) => counts.get(level)?.count).map((level) => {
      const count = counts.get(level);
      const labels = (count.labels || []).filter(Boolean);
      return h('li', null,
        assessmentBadge({ normalized: level }),
        h('a', { href: pageHref('mal.html', municipality.id, { status: STATUS_SLUGS[level] }) },
          h('strong', { class: 'kk-number' }, plural(count.count, 'mål', 'mål')), hidden(` med bedömningen ${ASSESSMENTS[level].name}`)),
        labels.length ? h('span', { class: 'kk-muted' }, `Kommunen skriver: ${labels.map((l) => `”${l}”`).join(', ')}`) : null);
    })),
    h('p', null, h('a', { href: pageHref('mal.html', municipality.id) }, `Alla mål för ${municipality.name}, med analyser och indikatorer`)),
  );
  return section;
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
  const pick = (kind, last = false) => {
    const indexes = statement.columns.map((c, i) => (c.kind === kind ? i : -1)).filter((i) => i >= 0);
    const available = indexes.filter((i) => row.values[i] !== null && row.values[i] !== undefined);
    if (!available.length) {
      return null;
    }
    const index = last ? available[available.length - 1] : available[0];
    return { column: statement.columns[index], value: row.values[index] };
  };
  const figures = [
    { term: 'Budget', explain: 'det som var planerat', ...pick('BUDGET') },
    { term: 'Utfall', explain: 'det som blev', ...pick('OUTCOME', true) },
    { term: 'Prognos', explain: 'vad kommunen tror att helåret slutar på', ...pick('FORECAST') },
    { term: 'Avvikelse', explain: 'skillnad mot budget; plus är bättre än budget', ...pick('DEVIATION') },
  ].filter((f) => f.column);
  const decimals = Math.max(0, ...statement.rows.flatMap((r) => r.values).filter((v) => v !== null).map((v) => (String(v).split('.')[1] || '').length));
  return { statement, row, figures, decimals };
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
      h('p', { class: 'kk-muted' }, `${report.title}. Belopp i ${unit || 'kronor'}${key.statement.unit ? ` (${key.statement.unit})` : ''}.`),
      h('dl', { class: 'kk-figures' }, key.figures.map((figure) => h('div', null,
        h('dt', null, h('strong', null, figure.term), ` – ${figure.explain}`, h('br'), h('span', { class: 'kk-muted' }, figure.column.label)),
        h('dd', null,
          h('span', { class: 'kk-figure-value', dataset: { kkFigure: figure.term } }, formatNumber(figure.value, key.decimals)),
          sourceLink(report.id, key.row.provenance))))),
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
    h('ul', { class: 'kk-cards' }, municipality.reports.map((report) => h('li', { class: 'kk-card' },
      h('h3', { class: 'kk-card__title' }, report.title),
      h('dl', { class: 'kk-meta' },
        h('dt', null, 'Slag'), h('dd', null, REPORT_KINDS[report.kind] || report.kind),
        report.issuer ? [h('dt', null, 'Utgivare'), h('dd', null, report.issuer)] : null,
        h('dt', null, 'Period'), h('dd', null, report.periodLabel || String(report.year)),
        report.registrationNumber ? [h('dt', null, 'Diarienummer'), h('dd', null, report.registrationNumber)] : null,
        h('dt', null, 'Omfång'), h('dd', null, `${formatNumber(report.lineCount, 0)} rader text`)),
      h('p', null, h('a', { href: sourceHref(report.id, null) }, 'Läs rapportens text', hidden(`: ${report.title}`)))))));
}

loadMunicipality(run);
