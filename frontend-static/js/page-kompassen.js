// Kommunkompassen: the eight areas out of 100, their sub-questions, strengths and improvements,
// compared with the other evaluated municipalities.
import { query } from './api.js';
import { fill, h } from './dom.js';
import { formatNumber } from './format.js';
import { loadMunicipality, ready, setMunicipalityNav, setTitle } from './page.js';
import { sourceLink } from './provenance.js';
import { tableSource } from './csv.js';
import { scrollTable } from './tables.js';
import { pageHref } from './url.js';
import { scoreChart } from './charts.js';

const QUERY = `query Compass($id: ID!) {
  municipality(id: $id) {
    id name
    evaluations {
      id year evaluators totalScore maxScore
      report { id title periodLabel year }
      provenance { lineStart lineEnd }
      areas {
        number name score maxScore strengths improvements
        provenance { lineStart lineEnd }
        questions { code title score maxScore provenance { lineStart lineEnd } }
      }
    }
  }
  evaluationComparison {
    evaluations { id year totalScore maxScore municipality { id name } report { id title periodLabel year } provenance { lineStart lineEnd } }
    areas { number name maxScore average scores { municipality { id name } year score } }
  }
}`;

const content = document.querySelector('[data-kk-content]');

async function run(id) {
  const data = await query(QUERY, { id });
  if (!data.municipality) {
    return false;
  }
  render(data.municipality, data.evaluationComparison);
  return true;
}

const INTRO = 'Kommunkompassen är ett verktyg från Sveriges Kommuner och Regioner (SKR) för att granska hur en kommun styrs och leds. Utvärderare läser styrdokument, granskar webbplatsen och intervjuar politiker och tjänstepersoner. Kommunen får poäng inom åtta områden, högst 100 per område. Kompassen mäter inte hur bra verksamheten är, utan hur kommunen arbetar för att bli bättre.';

function render(municipality, comparison) {
  setTitle(`Kommunkompassen för ${municipality.name}`, ['Kommunkompassen', municipality.name]);
  setMunicipalityNav(municipality);
  const evaluation = (municipality.evaluations || [])[0];
  if (!evaluation) {
    const others = (comparison?.evaluations || []).filter((e) => e.municipality.id !== municipality.id);
    fill(content, 
      h('p', { class: 'kk-lead' }, INTRO),
      h('div', { class: 'kk-alert', role: 'status' },
        h('h2', { class: 'kk-alert__title' }, 'Ingen utvärdering'),
        h('p', null, `${municipality.name} har ingen utvärdering enligt Kommunkompassen i Kommunkollen.`),
        others.length ? [h('p', null, 'De här kommunerna är utvärderade:'), h('ul', null, others.map((e) => h('li', null,
          h('a', { href: pageHref('kompassen.html', e.municipality.id) }, `${e.municipality.name} ${e.year}`),
          ` – ${formatNumber(e.totalScore, 0)} av ${formatNumber(e.maxScore, 0)} poäng`)))] : null));
    ready();
    return;
  }
  const averages = new Map((comparison?.areas || []).map((a) => [a.number, a.average]));
  const compared = (comparison?.evaluations || []).length;
  fill(content, 
    h('p', { class: 'kk-lead' }, INTRO),
    summary(municipality, evaluation),
    profile(municipality, evaluation, averages, compared),
    areasTable(municipality, evaluation, averages, compared, comparison),
    ...evaluation.areas.map((area) => areaBlock(municipality, evaluation, area)),
    comparisonBlock(municipality, comparison),
  );
  ready();
}

function summary(municipality, evaluation) {
  return h('section', { class: 'kk-section', 'aria-labelledby': 'resultat' },
    h('h2', { id: 'resultat' }, `Resultatet ${evaluation.year}`),
    h('dl', { class: 'kk-figures' },
      h('div', null, h('dt', null, 'Totalpoäng'), h('dd', null,
        h('span', { class: 'kk-figure-value', dataset: { kkFigure: 'total' } }, `${formatNumber(evaluation.totalScore, 0)} av ${formatNumber(evaluation.maxScore, 0)}`),
        sourceLink(evaluation.report.id, evaluation.provenance)))),
    h('p', null, `Utvärderare: ${evaluation.evaluators || 'uppgift saknas'}. Rapport: ${evaluation.report.title}.`));
}

function profile(municipality, evaluation, averages, compared) {
  const withAverage = compared > 1;
  return h('figure', { class: 'kk-figure' },
    scoreChart({
      title: `Poäng per område för ${municipality.name} ${evaluation.year}${withAverage ? ', med genomsnittet för de utvärderade kommunerna' : ''}`,
      description: evaluation.areas.map((a) => `${a.number}. ${a.name}: ${a.score} av ${a.maxScore}${withAverage && averages.get(a.number) !== undefined && averages.get(a.number) !== null ? `, genomsnitt ${formatNumber(averages.get(a.number), 1)}` : ''}`).join('. '),
      items: evaluation.areas.map((a) => ({
        label: `${a.number}. ${a.name}`, score: a.score, max: a.maxScore,
        compare: withAverage ? averages.get(a.number) : null,
      })),
      compareLabel: withAverage ? `Genomsnitt för ${compared} utvärderade kommuner` : null,
    }),
    h('figcaption', null, 'Staplarna visar poängen av 100 i varje område. Samma siffror finns i tabellen nedan.'));
}

function areasTable(municipality, evaluation, averages, compared, comparison) {
  const withAverage = compared > 1;
  // The average column is read from every compared municipality's report.
  const averagedReports = withAverage ? comparedReports(comparison) : [];
  return scrollTable(h('table', { class: 'kk-table', 'data-kk-csv': `Kommunkompassen ${evaluation.year} per område`,
    'data-kk-csv-source': tableSource([municipality], [evaluation.report, ...averagedReports]) },
    h('caption', null, `Poäng per område ${evaluation.year}`),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Område'),
      h('th', { scope: 'col', class: 'kk-table__number' }, 'Poäng'),
      h('th', { scope: 'col', class: 'kk-table__number' }, 'Max'),
      withAverage ? h('th', { scope: 'col', class: 'kk-table__number' }, 'Genomsnitt') : null,
      h('th', { scope: 'col' }, 'Källa'))),
    h('tbody', null, evaluation.areas.map((area) => h('tr', { dataset: { area: String(area.number) } },
      h('th', { scope: 'row' }, h('a', { href: `#omrade-${area.number}` }, `${area.number}. ${area.name}`)),
      h('td', { class: 'kk-table__number' }, formatNumber(area.score, 0)),
      h('td', { class: 'kk-table__number' }, formatNumber(area.maxScore, 0)),
      withAverage ? h('td', { class: 'kk-table__number', 'data-csv': String(averages.get(area.number) ?? '').replace('.', ',') }, formatNumber(averages.get(area.number), 1)) : null,
      h('td', { class: 'kk-table__source' }, sourceLink(evaluation.report.id, area.provenance, { short: true }))))),
    h('tfoot', null, h('tr', { class: 'kk-table__sum' },
      h('th', { scope: 'row' }, 'Totalt'),
      h('td', { class: 'kk-table__number' }, formatNumber(evaluation.totalScore, 0)),
      h('td', { class: 'kk-table__number' }, formatNumber(evaluation.maxScore, 0)),
      withAverage ? h('td') : null,
      h('td', { class: 'kk-table__source' }, sourceLink(evaluation.report.id, evaluation.provenance, { short: true }))))));
}

function areaBlock(municipality, evaluation, area) {
  const reportId = evaluation.report.id;
  return h('section', { class: 'kk-section', 'aria-labelledby': `omrade-${area.number}` },
    h('h2', { id: `omrade-${area.number}`, tabindex: '-1' }, `${area.number}. ${area.name}: ${area.score} av ${area.maxScore}`),
    h('p', null, sourceLink(reportId, area.provenance)),
    area.questions.length ? scrollTable(h('table', { class: 'kk-table', 'data-kk-csv': `Område ${area.number} delfrågor`,
      'data-kk-csv-source': tableSource([municipality], [evaluation.report]) },
      h('caption', null, `Delfrågor i område ${area.number}`),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Delfråga'),
        h('th', { scope: 'col', class: 'kk-table__number' }, 'Uppnått'),
        h('th', { scope: 'col', class: 'kk-table__number' }, 'Max'),
        h('th', { scope: 'col' }, 'Källa'))),
      h('tbody', null, area.questions.map((q) => h('tr', { dataset: { question: q.code } },
        h('th', { scope: 'row' }, `${q.code} ${q.title}`),
        h('td', { class: 'kk-table__number' }, formatNumber(q.score, 0)),
        h('td', { class: 'kk-table__number' }, formatNumber(q.maxScore, 0)),
        h('td', { class: 'kk-table__source' }, sourceLink(reportId, q.provenance, { short: true }))))))) : null,
    h('div', { class: 'kk-columns' },
      h('div', null, h('h3', null, 'Styrkor'), list(area.strengths, 'Inga styrkor angivna.')),
      h('div', null, h('h3', null, 'Förbättringsmöjligheter'), list(area.improvements, 'Inga förbättringsmöjligheter angivna.'))));
}

function list(items, empty) {
  return items && items.length ? h('ul', null, items.map((item) => h('li', null, item))) : h('p', null, empty);
}

function comparedReports(comparison) {
  return (comparison?.evaluations || []).map((e) => ({ ...e.report, municipality: e.municipality }));
}

function comparisonBlock(municipality, comparison) {
  const section = h('section', { class: 'kk-section', 'aria-labelledby': 'jamforelse' },
    h('h2', { id: 'jamforelse' }, 'Jämfört med andra utvärderade kommuner'));
  const evaluations = comparison?.evaluations || [];
  if (evaluations.length < 2) {
    section.append(h('p', null, `Bara ${municipality.name} är utvärderad enligt Kommunkompassen i Kommunkollen än så länge. När fler kommuners utvärderingar finns här jämför vi område för område. SKR publicerar alla utvärderingar sedan 2017 på sin webbplats.`));
    return section;
  }
  const ids = evaluations.map((e) => e.municipality.id);
  section.append(scrollTable(h('table', { class: 'kk-table', 'data-kk-csv': 'Kommunkompassen jämförelse',
    'data-kk-csv-source': tableSource(evaluations.map((e) => e.municipality), comparedReports(comparison)) },
    h('caption', null, 'Poäng per område och kommun'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Område'),
      evaluations.map((e) => h('th', { scope: 'col', class: 'kk-table__number' },
        e.municipality.id === municipality.id ? e.municipality.name : h('a', { href: pageHref('kompassen.html', e.municipality.id) }, e.municipality.name),
        ` ${e.year}`)),
      h('th', { scope: 'col', class: 'kk-table__number' }, 'Genomsnitt'))),
    h('tbody', null, comparison.areas.map((area) => h('tr', null,
      h('th', { scope: 'row' }, `${area.number}. ${area.name}`),
      ids.map((id) => {
        const score = area.scores.find((s) => s.municipality.id === id);
        return h('td', { class: 'kk-table__number' }, score ? formatNumber(score.score, 0) : '–');
      }),
      h('td', { class: 'kk-table__number', 'data-csv': String(area.average ?? '').replace('.', ',') }, formatNumber(area.average, 1))))),
    h('tfoot', null, h('tr', { class: 'kk-table__sum' },
      h('th', { scope: 'row' }, 'Totalt'),
      evaluations.map((e) => h('td', { class: 'kk-table__number' }, formatNumber(e.totalScore, 0))),
      h('td'))))));
  section.append(h('p', null, h('a', { href: pageHref('jamfor.html', null) + `?${ids.map((id) => `id=${encodeURIComponent(id)}`).join('&')}` }, 'Jämför kommunerna på fler punkter')));
  return section;
}

loadMunicipality(run);
