// Every page: renders, no console errors, 0 axe violations (WCAG 2.1 A and AA) at phone and
// desktop width, screenshots, and a first load within 100 KB and 25 requests (API excluded).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, closePage, launchBrowser, mainText, openPage, screenshot, siteUrl, waitForPage,
} from '../lib/browser.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';
import { MAX_BYTES, MAX_REQUESTS, describeWeight, measurePageWeight, saveWeight } from '../lib/weight.mjs';
import { graphql } from '../lib/graphql.mjs';

const MUNICIPALITIES = ['haninge', 'enkoping', 'eskilstuna', 'sodertalje'];

let browser;
let pages;

before(async () => {
  browser = await launchBrowser();
  const data = await graphql('{ reports(municipality: "enkoping") { id } }');
  const report = data.reports[0];
  assert.ok(report, 'Enköping has a report');
  pages = [
    { name: 'start', path: 'index.html' },
    { name: 'kommun', path: 'kommun.html?id=enkoping' },
    { name: 'mal', path: 'mal.html?id=enkoping' },
    { name: 'ekonomi', path: 'ekonomi.html?id=enkoping' },
    { name: 'kompassen', path: 'kompassen.html?id=haninge' },
    { name: 'ataganden', path: 'ataganden.html?id=eskilstuna' },
    { name: 'jamfor', path: `jamfor.html?${MUNICIPALITIES.map((id) => `id=${id}`).join('&')}` },
    { name: 'kalla', path: `kalla.html?report=${encodeURIComponent(report.id)}&from=20&to=30` },
    { name: 'sok', path: 'sok.html?q=bostad' },
    { name: 'om-api', path: 'om-api.html' },
    { name: 'tillganglighet', path: 'tillganglighet.html' },
  ];
});
after(async () => { await browser?.close(); });

describe('each page at 375 px and 1280 px', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`renders without errors, passes axe and is screenshotted at ${viewport.width} px`, async (t) => {
      for (const { name, path } of pages) {
        await t.test(name, async () => {
          const page = await openPage(browser, { viewport });
          try {
            await page.goto(siteUrl(path), { waitUntil: 'load' });
            const state = await waitForPage(page);
            assert.equal(state, 'ready', `${path}: ${await mainText(page)}`);
            assert.equal(await page.getAttribute('html', 'lang'), 'sv');
            await screenshot(page, name);
            const violations = await axeViolations(page);
            assert.deepEqual(violations, [], `${path} at ${viewport.width} px:\n${formatViolations(violations)}`);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px at ${viewport.width} px`);
            assert.deepEqual(page.problems, []);
          } finally {
            await closePage(page);
          }
        });
      }
    });
  }
});

describe('page weight of a first visit', () => {
  test(`each page transfers at most ${MAX_BYTES / 1024} KB in at most ${MAX_REQUESTS} requests, /graphql excluded`, async (t) => {
    for (const { name, path } of pages) {
      await t.test(name, async () => {
        const page = await openPage(browser, { viewport: DESKTOP });
        try {
          const measurement = await measurePageWeight(page, siteUrl(path), waitForPage);
          await saveWeight(name, measurement);
          assert.ok(measurement.requests > 0, 'something was measured');
          assert.ok(measurement.bytes <= MAX_BYTES, `${path}: ${describeWeight(measurement)}`);
          assert.ok(measurement.requests <= MAX_REQUESTS, `${path}: ${describeWeight(measurement)}`);
          assert.ok(measurement.apiRequests <= 1, `${path} asks the API ${measurement.apiRequests} times; one request per page`);
        } finally {
          await closePage(page);
        }
      });
    }
  });
});

/** Nothing scrolls sideways and no chart text is cut off at the page's width. */
async function assertFitsWidth(page, path) {
  const width = page.viewportSize().width;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px at ${width} px`);
  const cut = await page.evaluate(() => [...document.querySelectorAll('svg.kk-chart text')]
    .filter((text) => text.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
      || text.getBoundingClientRect().left < 0)
    .map((text) => text.textContent));
  assert.deepEqual(cut, [], `${path}: chart texts cut off at ${width} px`);
}

describe('narrowest screens', () => {
  test('no page scrolls sideways at 320 px', async (t) => {
    for (const { name, path } of pages) {
      await t.test(name, async () => {
        const page = await openPage(browser, { viewport: { width: 320, height: 640 } });
        try {
          await page.goto(siteUrl(path), { waitUntil: 'load' });
          assert.equal(await waitForPage(page), 'ready');
          await assertFitsWidth(page, path);
        } finally {
          await closePage(page);
        }
      });
    }
  });
});

describe('every page of every municipality', () => {
  test('renders, fits 320 px and passes axe for each of the four municipalities', async (t) => {
    for (const id of MUNICIPALITIES) {
      for (const file of ['kommun.html', 'mal.html', 'ekonomi.html', 'kompassen.html', 'ataganden.html']) {
        await t.test(`${file}?id=${id}`, async () => {
          const page = await openPage(browser, { viewport: { width: 320, height: 640 } });
          try {
            await page.goto(siteUrl(`${file}?id=${id}`), { waitUntil: 'load' });
            assert.equal(await waitForPage(page), 'ready', await mainText(page));
            await assertFitsWidth(page, `${file}?id=${id}`);
            const violations = await axeViolations(page);
            assert.deepEqual(violations, [], formatViolations(violations));
            assert.deepEqual(page.problems, []);
          } finally {
            await closePage(page);
          }
        });
      }
    }
  });
});
