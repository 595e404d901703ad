// The site and the widgets say what the reports say: areas a report assesses are counted
// where its goals carry no assessment; every compared figure names its report and period;
// the compare page fits a phone; site and widgets use one set of words for the shared scale.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closePage, gotoPage, launchBrowser, mainText, normalizeSpaces, openPage, siteUrl,
} from '../lib/browser.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';
import { graphql } from '../lib/graphql.mjs';

const ALL = 'jamfor.html?id=haninge&id=enkoping&id=eskilstuna&id=sodertalje';
const ASSESSED = ['GOOD', 'PARTLY', 'POOR'];

let browser;
let eskilstunaAreas;
let reports;
before(async () => {
  browser = await launchBrowser();
  const eskilstuna = await graphql('{ reports(municipality: "eskilstuna") { areas { assessment { normalized } } } }');
  eskilstunaAreas = eskilstuna.reports.flatMap((r) => r.areas).map((a) => a.assessment.normalized);
  const all = await Promise.all(['haninge', 'enkoping', 'eskilstuna', 'sodertalje'].map((id) => graphql(
    `{ municipality(id: "${id}") { name reports { title periodLabel year } } }`)));
  reports = all.map((data) => data.municipality);
});
after(async () => { await browser?.close(); });

async function withPage(relative, check, viewport) {
  const page = await openPage(browser, viewport ? { viewport } : undefined);
  try {
    const state = await gotoPage(page, relative);
    assert.equal(state, 'ready', `${relative} should render, got ${state}: ${await mainText(page)}`);
    await check(page);
    assert.deepEqual(page.problems, [], `${relative} had problems`);
  } finally {
    await closePage(page);
  }
}

const countOf = (level) => eskilstunaAreas.filter((l) => l === level).length;

describe('assessed areas', () => {
  test('the report assesses all nine of Eskilstuna\'s processområden (5 good, 4 partly)', () => {
    assert.equal(eskilstunaAreas.filter((level) => ASSESSED.includes(level)).length, 9);
    assert.equal(countOf('GOOD'), 5);
    assert.equal(countOf('PARTLY'), 4);
  });

  test('the overview shows Eskilstuna\'s 9 assessed processområden by level', async () => {
    await withPage('kommun.html?id=eskilstuna', async (page) => {
      const text = normalizeSpaces(await page.locator('[data-kk-areas]').innerText());
      assert.match(text, /bedömer 9 processområden/);
      const items = (await page.locator('.kk-goal-counts').first().locator('li').allInnerTexts()).map(normalizeSpaces);
      assert.ok(items.some((i) => i.includes(`${countOf('GOOD')} områden med bedömningen Går bra`)), items.join(' | '));
      assert.ok(items.some((i) => i.includes(`${countOf('PARTLY')} områden med bedömningen Delvis`)), items.join(' | '));
    });
  });

  test('the compare page counts the areas Eskilstuna and Södertälje assess', async () => {
    await withPage(ALL, async (page) => {
      const row = normalizeSpaces(await page.locator('[data-municipality="eskilstuna"]').first().innerText());
      assert.match(row, /9 processområden bedömda/);
      assert.match(row, new RegExp(`Går bra: ${countOf('GOOD')} områden`));
      assert.match(row, new RegExp(`Delvis: ${countOf('PARTLY')} områden`));
    });
  });

  test('<kk-goals-summary> shows Eskilstuna\'s assessed areas, in the site\'s words', async () => {
    await withPage('tillganglighet.html', async (page) => {
      await page.evaluate(async () => {
        document.querySelector('main').insertAdjacentHTML('beforeend', '<kk-goals-summary id="areas" municipality="eskilstuna"></kk-goals-summary>');
        await import('/widgets.js');
      });
      await page.waitForFunction(() => document.querySelector('#areas').shadowRoot?.querySelector('[data-kk-areas]'));
      const widget = page.locator('#areas [part=widget]');
      assert.equal(await widget.locator('[data-kk-areas]').getAttribute('data-kk-areas'), '9');
      const items = (await widget.locator('li').allInnerTexts()).map(normalizeSpaces);
      assert.ok(items.some((i) => i.startsWith(`${countOf('GOOD')} Går bra processområden`)), items.join(' | '));
      assert.ok(items.some((i) => i.startsWith(`${countOf('PARTLY')} Delvis processområden`)), items.join(' | '));
    });
  });
});

describe('one vocabulary', () => {
  test('the site and the widgets use the same words for every level of the shared scale', async () => {
    await withPage('tillganglighet.html', async (page) => {
      const words = await page.evaluate(async () => {
        const core = await import('/js/vocabulary.js');
        const widgets = await import('/widgets.js');
        return {
          site: Object.fromEntries(Object.entries(core.ASSESSMENTS).map(([level, word]) => [level, word.name])),
          widgets: widgets.ASSESSMENT_WORDS,
        };
      });
      assert.deepEqual(words.widgets, words.site);
      assert.deepEqual(Object.keys(words.site), ['GOOD', 'PARTLY', 'POOR', 'NOT_ASSESSED', 'UNKNOWN']);
      assert.equal(words.site.UNKNOWN, 'Okänt');
      assert.equal(words.site.NOT_ASSESSED, 'Inte bedömt');
    });
  });
});

describe('compare page', () => {
  test('every compared figure names its report and period, and different periods are said to differ', async () => {
    await withPage(ALL, async (page) => {
      const note = normalizeSpaces(await page.locator('[data-kk-periods="different"]').innerText());
      assert.match(note, /olika perioder/i);
      for (const municipality of reports.filter((m) => m.reports.length)) {
        for (const report of municipality.reports) {
          assert.ok(note.includes(report.title), `${report.title} in ${note}`);
          assert.ok(note.includes(report.periodLabel || String(report.year)), `${report.periodLabel} in ${note}`);
        }
      }
      const goalRows = await page.locator('table', { has: page.locator('caption', { hasText: 'Antal mål per bedömning' }) })
        .locator('tbody th').allInnerTexts();
      for (const municipality of reports.filter((m) => m.name !== 'Haninge')) {
        const row = goalRows.map(normalizeSpaces).find((text) => text.startsWith(municipality.name));
        assert.ok(row, `${municipality.name} in ${goalRows.join(' | ')}`);
        assert.ok(row.includes(municipality.reports[0].periodLabel), `${municipality.reports[0].periodLabel} in ${row}`);
      }
      const indicatorCells = await page.locator('table', { has: page.locator('caption', { hasText: /Sjukfrånvaro/i }) })
        .locator('tbody td:nth-child(2)').allInnerTexts();
      assert.ok(indicatorCells.length >= 2);
      assert.ok(indicatorCells.every((cell) => /\((januari|helår|\d{4})/.test(cell)), indicatorCells.join(' | '));
    });
  });

  for (const width of [375, 320]) {
    test(`fits ${width} px: no table or chart scrolls sideways, axe finds nothing`, async () => {
      await withPage(ALL, async (page) => {
        const overflow = await page.evaluate(() => [document.documentElement, ...document.querySelectorAll('.kk-table-scroll, figure')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.tagName} ${el.querySelector('caption')?.textContent || ''}: ${el.scrollWidth} > ${el.clientWidth}`));
        assert.deepEqual(overflow, []);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], formatViolations(violations));
      }, { width, height: 740 });
    });
  }
});

describe('<kk-financial-statement>', () => {
  test('Södertälje: Skillnad is neutral, whole kronor keep no decimals, and the latest outcome is Bokslut 2012', async () => {
    const { reports: [report] } = await graphql('{ reports(municipality: "sodertalje") { financialStatements { id title } } }');
    const id = (title) => report.financialStatements.find((s) => s.title.startsWith(title)).id;
    await withPage('tillganglighet.html', async (page) => {
      await page.evaluate(async (ids) => {
        document.querySelector('main').insertAdjacentHTML('beforeend',
          `<kk-financial-statement id="costs" statement="${ids.costs}"></kk-financial-statement>
           <kk-financial-statement id="units" statement="${ids.units}"></kk-financial-statement>`);
        await import('/widgets.js');
      }, { costs: id('Bokslut 2011, Bokslut 2012, Skillnad'), units: id('Resultat 2012, Kommunbidrag 2012') });
      await page.waitForFunction(() => ['costs', 'units'].every((id) => document.getElementById(id).shadowRoot?.querySelector('table')));
      const costs = page.locator('#costs [part=widget]');
      const office = normalizeSpaces(await costs.locator('tr', { hasText: 'Kommunstyrelsens kontor' }).innerText());
      assert.match(office, /23 891/);
      assert.doesNotMatch(office, /[▲▼]|bättre|sämre/);
      assert.equal(await costs.locator('.kk-better, .kk-worse').count(), 0);
      assert.match(await costs.locator('thead th', { hasText: 'senaste utfall' }).innerText(), /Bokslut 2012/);
      const total = normalizeSpaces(await page.locator('#units [part=widget] tr', { hasText: 'Nämnden totalt' }).innerText());
      assert.match(total, /14 353\s+297 469\s+283 116\s+4,8 %/);
      assert.doesNotMatch(total, /,0\b/);
    });
  });
});
