// The start page loads, is Swedish, has no console errors and passes axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, launchBrowser, openPage, siteUrl } from '../lib/browser.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('start page is served in Swedish without errors and passes axe', async () => {
  const page = await openPage(browser);
  try {
    const response = await page.goto(siteUrl('index.html'), { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.ok((await page.title()).includes('Kommunkollen'), 'title names the site');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    assert.deepEqual(page.problems, []);
  } finally {
    await closePage(page);
  }
});
