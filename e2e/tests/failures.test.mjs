// When things go wrong the page says so in Swedish: never a blank page or an endless spinner.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, gotoPage, launchBrowser, mainText, openPage } from '../lib/browser.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function session(route, run) {
  const page = await openPage(browser);
  try {
    if (route) {
      // Queries go by GET with their parameters in the URL, or by POST.
      await page.route(/\/graphql(\?|$)/, route);
    }
    await run(page);
  } finally {
    await closePage(page);
  }
}

const uncaught = (page) => page.problems.filter((problem) => problem.startsWith('uncaught'));

async function assertMessage(page, pattern) {
  const alert = page.locator('[role="alert"]');
  assert.equal(await alert.count(), 1, `one alert: ${await mainText(page)}`);
  assert.match(await alert.innerText(), pattern);
  assert.equal(await page.getAttribute('main', 'aria-busy'), 'false', 'no longer busy');
  assert.equal(await page.locator('[data-kk-loading]').count(), 0, 'the loading message is gone');
  assert.deepEqual(uncaught(page), []);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations(violations));
}

describe('API down', () => {
  for (const path of ['kommun.html?id=enkoping', 'mal.html?id=enkoping', 'ekonomi.html?id=enkoping', 'kompassen.html?id=haninge',
    'ataganden.html?id=eskilstuna', 'jamfor.html?id=haninge&id=enkoping', 'kalla.html?report=x&from=1&to=2']) {
    test(`${path.split('?')[0]} says the data cannot be fetched right now and offers to try again`, async () => {
      await session((route) => route.abort('connectionrefused'), async (page) => {
        assert.equal(await gotoPage(page, path), 'error');
        await assertMessage(page, /Vi kan inte hämta uppgifterna just nu/);
        assert.equal(await page.locator('[role="alert"] button', { hasText: 'Försök igen' }).count(), 1);
      });
    });
  }

  test('a server error is reported with its code', async () => {
    await session((route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }), async (page) => {
      assert.equal(await gotoPage(page, 'kommun.html?id=enkoping'), 'error');
      await assertMessage(page, /Datatjänsten svarade med ett fel \(felkod 503\)|felkod 503/);
    });
  });

  test('an API that never answers gives up after 15 seconds with a message', { timeout: 40000 }, async () => {
    await session(() => { /* never answered */ }, async (page) => {
      const started = Date.now();
      assert.equal(await gotoPage(page, 'ekonomi.html?id=enkoping', { timeout: 25000 }), 'error');
      const waited = Date.now() - started;
      assert.ok(waited >= 14000 && waited < 25000, `gave up after ${waited} ms`);
      await assertMessage(page, /Det tog för lång tid/);
    });
  });

  test('the start page still offers its list of links when the API is down', async () => {
    await session((route) => route.abort('connectionrefused'), async (page) => {
      await gotoPage(page, 'index.html');
      await page.waitForSelector('form[data-kk-enhanced="failed"]');
      assert.equal(await page.locator('[data-kk-results] a').count(), 4);
      assert.match(await page.locator('[data-kk-search-status]').innerText(), /kunde inte hämtas/);
      assert.deepEqual(uncaught(page), []);
    });
  });
});

describe('unknown municipality, missing data', () => {
  test('an unknown id says there is no such municipality', async () => {
    await session(null, async (page) => {
      assert.equal(await gotoPage(page, 'kommun.html?id=finns-inte'), 'error');
      await assertMessage(page, /Vi hittar ingen sådan kommun/);
      assert.match(await mainText(page), /”finns-inte”/);
      assert.deepEqual(page.problems, []);
    });
  });

  test('a misspelt name suggests the municipalities it may mean', async () => {
    await session(null, async (page) => {
      assert.equal(await gotoPage(page, 'mal.html?id=hamn'), 'error');
      await assertMessage(page, /Vi hittar ingen sådan kommun/);
      assert.ok(await page.locator('[role="alert"] a[href^="mal.html?id="]').count() >= 2, await mainText(page));
    });
  });

  test('no id at all asks to choose a municipality', async () => {
    await session(null, async (page) => {
      assert.equal(await gotoPage(page, 'ekonomi.html'), 'error');
      await assertMessage(page, /Ingen kommun är vald/);
    });
  });

  test('a municipality without reports says there is nothing yet', async () => {
    await session(null, async (page) => {
      assert.equal(await gotoPage(page, 'kommun.html?id=kiruna'), 'ready');
      assert.match(await mainText(page), /inga rapporter från Kiruna ännu/);
      assert.deepEqual(page.problems, []);
    });
  });

  test('a municipality without an evaluation says so and lists the evaluated ones', async () => {
    await session(null, async (page) => {
      assert.equal(await gotoPage(page, 'kompassen.html?id=enkoping'), 'ready');
      const text = await mainText(page);
      assert.match(text, /Enköping har ingen utvärdering enligt Kommunkompassen/);
      assert.match(text, /Haninge 2023/);
    });
  });

  test('an unknown report on the source page says it cannot be found', async () => {
    await session(null, async (page) => {
      assert.equal(await gotoPage(page, 'kalla.html?report=finns-inte&from=1&to=3'), 'error');
      await assertMessage(page, /Vi hittar inte rapporten/);
    });
  });
});
