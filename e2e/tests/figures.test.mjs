// Each page shows the real figures of the four sample reports (imported on the server's start).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, gotoPage, launchBrowser, mainText, normalizeSpaces, openPage } from '../lib/browser.mjs';
import { swedish, tableCell } from '../lib/tables.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function withPage(relative, check) {
  const page = await openPage(browser);
  try {
    const state = await gotoPage(page, relative);
    assert.equal(state, 'ready', `${relative} should render, got ${state}: ${await mainText(page)}`);
    await check(page);
    assert.deepEqual(page.problems, [], `${relative} had problems`);
  } finally {
    await closePage(page);
  }
}

const figure = async (page, name) => normalizeSpaces(await page.locator(`[data-kk-figure="${name}"]`).first().innerText());

describe('Haninge: Kommunkompassen 2023', () => {
  test('the evaluation page shows total 504, area 6 at 48 and sub-question 6.3 at 10 of 30', async () => {
    await withPage('kompassen.html?id=haninge', async (page) => {
      // the maximum is the sum of the eight areas' maxima (8 × 100)
      assert.equal(await figure(page, 'total'), '504 av 800');
      assert.equal(await tableCell(page, { caption: /^Poäng per område/, row: /^6\. Kvalitetsutveckling/, column: 'Poäng' }), '48');
      assert.equal(await tableCell(page, { caption: 'Delfrågor i område 6', row: /^6\.3 Innovation/, column: 'Uppnått' }), '10');
      assert.equal(await tableCell(page, { caption: 'Delfrågor i område 6', row: /^6\.3 Innovation/, column: 'Max' }), '30');
      const scores = [];
      for (let area = 1; area <= 8; area += 1) {
        scores.push(await tableCell(page, { caption: /^Poäng per område/, row: new RegExp(`^${area}\\. `), column: 'Poäng' }));
      }
      assert.deepEqual(scores, ['66', '67', '66', '59', '63', '48', '72', '63']);
      assert.equal(await tableCell(page, { caption: /^Poäng per område/, row: /^Totalt/, column: 'Poäng' }), '504');
      const text = await mainText(page);
      assert.match(text, /Styrkor/);
      assert.match(text, /Haningeförslag/, 'a strength of area 1 as printed');
    });
  });

  test('the overview shows the total and links to the evaluation', async () => {
    await withPage('kommun.html?id=haninge', async (page) => {
      assert.equal(await figure(page, 'total'), '504 av 800');
      assert.ok(await page.locator('a[href="kompassen.html?id=haninge"]').count() > 0);
    });
  });
});

describe('Enköping: delårsrapport augusti 2023', () => {
  test('the finance page shows 7.1 Summa totalt: budget −237,2, forecast −231,3, deviation 5,9 marked as better than budget', async () => {
    await withPage('ekonomi.html?id=enkoping', async (page) => {
      const cell = (column) => tableCell(page, { caption: /^7\.1 Resultaträkning/, row: 'Summa totalt', column });
      assert.equal(await cell('Budget 2023'), swedish('-237,2'));
      assert.equal(await cell('Bokslut 2022'), swedish('-211,2'));
      assert.equal(await cell('Prognos helår 2023'), swedish('-231,3'));
      const deviation = await cell('Avvikelse');
      assert.match(deviation, /^▲ ?5,9/);
      assert.match(deviation, /bättre än budget/, 'a deviation is told in words, not by colour alone');
      const caption = normalizeSpaces(await page.locator('caption', { hasText: '7.1 Resultaträkning' }).first().innerText());
      assert.match(caption, /miljoner kronor/, 'the unit is spelled out');
    });
  });

  test('the goals page shows indicator 23. a Sjukfrånvarostatistik: baseline 7,6 %, August 2023 7,5 %, target 5,6 %', async () => {
    await withPage('mal.html?id=enkoping', async (page) => {
      const value = (row) => tableCell(page, { caption: '23. a Sjukfrånvarostatistik', row, column: 'Värde' });
      assert.equal(await value('Startläge'), '7,6 %');
      assert.equal(await value('Utfall 2022'), '8,2 %');
      assert.equal(await value('Utfall aug 2023'), '7,5 %');
      assert.equal(await value(/^Mål/), '5,6 %');
      const chart = page.locator('[data-indicator="23. a Sjukfrånvarostatistik"] svg[role="img"]');
      assert.equal(await chart.count(), 1, 'the indicator has a chart');
      assert.match(normalizeSpaces(await chart.locator('desc').textContent()), /Utfall aug 2023: 7,5 %/);
    });
  });

  test('the overview shows the key figures of 7.1 with their source', async () => {
    await withPage('kommun.html?id=enkoping', async (page) => {
      assert.equal(await figure(page, 'Budget'), swedish('-237,2'));
      assert.equal(await figure(page, 'Prognos'), swedish('-231,3'));
      assert.equal(await figure(page, 'Avvikelse'), '5,9');
      assert.match(await mainText(page), /Delvis på rätt väg/, 'the municipality\'s own label next to the common scale');
    });
  });
});

describe('Eskilstuna: verksamhetsberättelse 2022', () => {
  test('the commitments page counts 14 commitments and 7 internal control points', async () => {
    await withPage('ataganden.html?id=eskilstuna', async (page) => {
      assert.match(normalizeSpaces(await page.locator('[data-kk-summary="commitments"]').innerText()), /^14 åtaganden/);
      assert.equal(await page.locator('[data-commitment]').count(), 14);
      assert.match(normalizeSpaces(await page.locator('[data-kk-summary="controls"]').innerText()), /^7 kontrollpunkter/);
      assert.equal(await page.locator('[data-control-kind="point"]').count(), 7);
    });
  });

  test('the finance page shows the driftredovisning total 15 580 for Utfall helår 2022', async () => {
    await withPage('ekonomi.html?id=eskilstuna', async (page) => {
      assert.equal(await tableCell(page, { caption: /^Driftredovisning/i, row: /^Totalt/, column: 'Utfall helår 2022' }), '15 580');
      assert.equal(await tableCell(page, { caption: /^Driftredovisning/i, row: /^Ledningsstaben/, column: 'Utfall helår 2022' }), swedish('-1 155'));
      const caption = normalizeSpaces(await page.locator('caption', { hasText: 'Driftredovisning' }).first().innerText());
      assert.doesNotMatch(caption, /\(kronor\)/, 'a unit the report does not give is not invented');
    });
  });
});

describe('Södertälje: bokslut 2012', () => {
  test('the finance page shows RESULTAT 14 353 for Bokslut 2012 and a balance sheet total of 70 191', async () => {
    await withPage('ekonomi.html?id=sodertalje', async (page) => {
      assert.equal(await tableCell(page, { caption: /^RESULTATRÄKNING 2012/i, row: /^RESULTAT$/, column: /^Bokslut 2012/ }), '14 353');
      assert.equal(await tableCell(page, { caption: /^BALANSRÄKNING/i, row: /^S:A TILLGÅNGAR/i, column: /31\/12 2012/ }), '70 191');
      assert.match(normalizeSpaces(await page.locator('caption', { hasText: /^RESULTATRÄKNING 2012/ }).first().innerText()), /tusen kronor/);
    });
  });
});
