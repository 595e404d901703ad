// Content-Security-Policy: every page of the site, the embed pages, the widget builder's
// previews and GraphiQL run under the server's policy with no violation at all.
// openPage (lib/browser.mjs) records each `securitypolicyviolation` event of a page and its
// frames in page.cspViolations (and page.problems, which other tests check).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, launchBrowser, openPage, siteUrl, waitForPage } from '../lib/browser.mjs';
import { graphql } from '../lib/graphql.mjs';

let browser;
let ids;

before(async () => {
  browser = await launchBrowser();
  const { reports } = await graphql(`{ reports(municipality: "enkoping") {
    id goals { id } indicators { id } financialStatements { id } } }`);
  const report = reports[0];
  ids = {
    report: report.id,
    goal: report.goals[0].id,
    indicator: report.indicators[0].id,
    statement: report.financialStatements[0].id,
  };
});
after(async () => { await browser?.close(); });

async function visit(path, check) {
  const page = await openPage(browser);
  try {
    const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
    const policy = response.headers()['content-security-policy'];
    assert.ok(policy && policy.includes("script-src 'self'"), `${path}: Content-Security-Policy is ${policy}`);
    await check(page);
    // Late violations (styles set after rendering) have a moment to arrive.
    await page.waitForTimeout(200);
    assert.deepEqual(page.cspViolations, [], `${path}`);
    return policy;
  } finally {
    await closePage(page);
  }
}

describe('Content-Security-Policy', () => {
  it('every site page renders with no violation and may not be framed', async () => {
    const pages = ['index.html', 'kommun.html?id=enkoping', 'mal.html?id=enkoping', 'ekonomi.html?id=enkoping',
      'kompassen.html?id=haninge', 'ataganden.html?id=eskilstuna', 'jamfor.html?id=haninge&id=enkoping',
      () => `kalla.html?report=${encodeURIComponent(ids.report)}&from=20&to=30`, 'om-api.html', 'tillganglighet.html'];
    for (const entry of pages) {
      const path = typeof entry === 'function' ? entry() : entry;
      const policy = await visit(path, async (page) => {
        assert.equal(await waitForPage(page), 'ready', path);
      });
      assert.ok(policy.includes("frame-ancestors 'none'"), `${path}: ${policy}`);
    }
  });

  it('every embed page renders its widget with no violation and may be framed anywhere', async () => {
    const embeds = [
      `embed/goal.html?goal=${encodeURIComponent(ids.goal)}`,
      `embed/indicator.html?indicator=${encodeURIComponent(ids.indicator)}`,
      `embed/financial-statement.html?statement=${encodeURIComponent(ids.statement)}`,
      'embed/goals-summary.html?municipality=enkoping&kk-widget-color-link=%23004080',
      'embed/evaluation.html?municipality=haninge',
    ];
    for (const path of embeds) {
      const policy = await visit(path, async (page) => {
        await page.locator('[data-kk-embed] [part=heading]').waitFor();
      });
      assert.ok(policy.includes('frame-ancestors *'), `${path}: ${policy}`);
    }
  });

  it('the widget builder previews a widget and an iframe with no violation', async () => {
    await visit('widget-builder.html', async (page) => {
      await page.locator('#municipality option[value=enkoping]').waitFor({ state: 'attached' });
      await page.check('#w-goals-summary');
      await page.selectOption('#municipality', 'enkoping');
      await page.locator('#preview kk-goals-summary [part=heading]').waitFor();
      await page.check('#mode-iframe');
      await page.frameLocator('#preview iframe').locator('kk-goals-summary [part=heading]').waitFor();
    });
  });

  it('GraphiQL renders and runs a query under its own policy', async () => {
    const policy = await visit('graphiql', async (page) => {
      await page.locator('.graphiql-container').waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.result-window', { hasText: 'Resultaträkning' }).waitFor({ timeout: 20000 });
    });
    assert.ok(policy.includes("frame-ancestors 'none'") && !policy.includes('unsafe'), policy);
  });

  it('the listener sees a violation when a page runs inline script', async () => {
    const page = await openPage(browser);
    try {
      await page.goto(siteUrl('index.html'));
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.body.append(script);
      });
      await page.waitForFunction(() => true);
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => window.inlineRan), undefined);
      assert.equal(page.cspViolations.length, 1, page.cspViolations.join('\n'));
      assert.match(page.cspViolations[0], /^script-src/);
    } finally {
      await closePage(page);
    }
  });
});
