// Finance figures keep the report's meaning: the latest outcome by period, not by column
// order; a difference between years is neutral; better/worse only where the sign is known;
// the decimals as printed; the unit as the report fixes it, per row where rows differ.
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

const chartText = (page, title) => page.locator(`[data-kk-chart="${title}"]`).first()
  .evaluate((figure) => [...figure.querySelectorAll('li, desc, title')].map((e) => e.textContent).join(' | '));

describe('ekonomi.html', () => {
  test('Eskilstuna: the chart plots Utfall helår 2022 (15 580) as the latest outcome, though the table prints 2022 before 2021', async () => {
    await withPage('ekonomi.html?id=eskilstuna', async (page) => {
      const text = normalizeSpaces(await chartText(page, 'Driftredovisning'));
      assert.match(text, /Utfall helår 2022/);
      assert.doesNotMatch(text, /Utfall helår 2021/, 'the 2021 outcome is not the latest');
      assert.match(text, /Totalt: Utfall helår 2022 15 580/);
      const header = normalizeSpaces(await page.locator('table', { hasText: 'Ledningsstaben' }).locator('thead th', { hasText: 'Utfall helår 2022' }).innerText());
      assert.match(header, /senaste utfall/);
    });
  });

  test('Eskilstuna: the income statement takes its unit from the sentence that repeats Summa INTÄKTER 530,1', async () => {
    await withPage('ekonomi.html?id=eskilstuna', async (page) => {
      const section = page.locator('[data-statement="Resultaträkning"]');
      const intro = normalizeSpaces(await section.locator('p').first().innerText());
      assert.match(intro, /Belopp i miljoner kronor/);
      assert.match(intro, /Källa: rad 623/);
      assert.equal(await section.locator('a[href*="from=623&to=623"]').count(), 1);
      const driftIntro = normalizeSpaces(await page.locator('[data-statement="Driftredovisning"] p').first().innerText());
      assert.match(driftIntro, /anger inte i vilken enhet/, 'a table no sentence fixes stays without unit');
    });
  });

  test('Södertälje: Skillnad (2012 minus 2011) is shown neutrally, not as better than budget', async () => {
    await withPage('ekonomi.html?id=sodertalje', async (page) => {
      const caption = /^Bokslut 2011, Bokslut 2012, Skillnad/;
      const difference = await tableCell(page, { caption, row: /^Kommunstyrelsens kontor/, column: /^Skillnad/ });
      assert.equal(difference, '23 891');
      const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
      assert.equal(await table.locator('.kk-deviation').count(), 0, 'no green or red in a difference between years');
      assert.doesNotMatch(await table.innerText(), /[▲▼]|bättre|sämre/);
      const deviation = await tableCell(page, { caption: /^RESULTATRÄKNING 2012/, row: /^RESULTAT$/, column: /^Budget- avvikelse/ });
      assert.match(deviation, /^▲ ?14 353 \(bättre än budget\)$/, 'a budget deviation with a known sign keeps its words');
    });
  });

  test('Södertälje: whole-krona amounts keep no invented decimals beside a percent column', async () => {
    await withPage('ekonomi.html?id=sodertalje', async (page) => {
      const caption = /^Resultat 2012, Kommunbidrag 2012/;
      assert.equal(await tableCell(page, { caption, row: /^Nämnden totalt/, column: /^Resultat 2012/ }), '14 353');
      assert.equal(await tableCell(page, { caption, row: /^Nämnden totalt/, column: /^Kommunbidrag 2012/ }), '297 469');
      assert.equal(await tableCell(page, { caption, row: /^Nämnden totalt/, column: /^Avvikelse %/ }), '4,8 %');
      assert.equal(await tableCell(page, { caption, row: /^Politisk ledning/, column: /^Resultat 2012/ }), swedish('-2 036'));
      assert.doesNotMatch(await page.locator('main').innerText(), /\d{3},0\b(?! ?%)/, 'no ",0" on a whole amount');
    });
  });

  test('Södertälje: the key figures are a table of their own with a unit per row', async () => {
    await withPage('ekonomi.html?id=sodertalje', async (page) => {
      const caption = /^Nyckeltal/;
      assert.equal(await tableCell(page, { caption, row: /^Kostnader totalt/, column: 'Värde' }), '318 445');
      assert.equal(await tableCell(page, { caption, row: /^Kostnader totalt/, column: 'Enhet' }), 'anges inte');
      assert.equal(await tableCell(page, { caption, row: /^Intäkter totalt/, column: 'Enhet' }), 'tusen kronor');
      assert.equal(await tableCell(page, { caption, row: /^K\/I-tal/, column: 'Värde' }), '0,96');
      assert.equal(await tableCell(page, { caption, row: /^K\/I-tal/, column: 'Enhet' }), 'kvot');
    });
  });
});
