// Editors upload, review and publish a report: an account made with the command line on a
// database of this test's own, its own server, the upload and draft pages on a phone and a
// desktop with 0 axe violations and no CSP violation, a refused file announced, and the
// published report on the public pages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DESKTOP, E2E_DIR, PHONE, closePage, launchBrowser, openPage, waitForPage } from '../lib/browser.mjs';
import { JAR, awaitSessionEndpoint, startServer, stopServer } from '../lib/own-server.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';

const ROOT = path.resolve(E2E_DIR, '..');
const HANINGE = path.join(ROOT, 'samples', '001_49780e2962ff647b.txt');
const ENKOPING = path.join(ROOT, 'samples', '002_034fdc850437dc3c.txt');
const EDITOR = { email: 'redaktor@enkoping.se', password: 'ett långt lösenord för e2e' };

let browser;
let server;
let folder;
let base;

before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'kk-drafts-'));
  const database = `jdbc:h2:file:${path.join(folder, 'kk')}`;
  const add = spawnSync('java', ['-jar', JAR, 'user', 'add', EDITOR.email, '--municipality', 'enkoping',
    `--spring.datasource.url=${database}`], { input: `${EDITOR.password}\n`, encoding: 'utf8', timeout: 120000 });
  assert.equal(add.status, 0, add.stderr);
  ({ server, base } = await startServer(['--kommunkollen.samples.import-on-empty=false',
    `--spring.datasource.url=${database}`]));
  await awaitSessionEndpoint(server, base);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stopServer(server);
  if (folder) {
    await rm(folder, { recursive: true, force: true });
  }
});

async function withPage(viewport, check) {
  const page = await openPage(browser, { viewport });
  try {
    await check(page);
    assert.deepEqual(page.cspViolations, []);
    // The refused upload (403) is on purpose; so is the session check before sign-in (401).
    const unexpected = page.problems.filter((problem) => !/HTTP (401|403): .*\/api\/(session|login|reports)$/.test(problem)
      && !/console error: Failed to load resource: the server responded with a status of 40[13]/.test(problem));
    assert.deepEqual(unexpected, []);
  } finally {
    await closePage(page);
  }
}

async function assertAccessible(page, name) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${name}:\n${formatViolations(violations)}`);
}

async function signInTo(page, next) {
  await page.goto(`${base}/redaktor/logga-in.html?nasta=${next}`, { waitUntil: 'load' });
  assert.equal(await waitForPage(page), 'ready');
  await page.fill('#epost', EDITOR.email);
  await page.fill('#losenord', EDITOR.password);
  await Promise.all([page.waitForURL(`${base}/redaktor/${next}`), page.click('button[type=submit]')]);
  assert.equal(await waitForPage(page), 'ready');
}

async function uploadAndReview(page, file) {
  await page.setInputFiles('#rapportfil', file);
  await Promise.all([page.waitForURL(/\/redaktor\/utkast\.html\?id=/), page.click('[data-kk-upload-button]')]);
  assert.equal(await waitForPage(page), 'ready');
}

describe('drafts', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`announces a refused file, then shows a draft warnings first (${viewport.width} px)`, async () => {
      await withPage(viewport, async (page) => {
        await signInTo(page, 'ladda-upp.html');
        await assertAccessible(page, 'ladda-upp.html');
        await page.setInputFiles('#rapportfil', HANINGE);
        await page.click('[data-kk-upload-button]');
        const error = page.locator('[data-kk-upload-error]:not([hidden])');
        await error.waitFor();
        assert.equal(await error.getAttribute('role'), 'alert');
        assert.match(await error.innerText(), /annan kommun/);
        assert.equal(await page.evaluate(() => document.activeElement.dataset.kkUploadError), '');
        await assertAccessible(page, 'ladda-upp.html with a refusal');

        await uploadAndReview(page, ENKOPING);
        const headings = await page.locator('main h2').allInnerTexts();
        assert.match(headings[0], /^Varningar/);
        assert.match(await page.locator('main').innerText(), /publiceringen lägger till den|publiceringen ersätter/);
        for (const details of await page.locator('main details').all()) {
          await details.evaluate((element) => { element.open = true; });
        }
        const source = page.locator('.kk-draft-item__source ol.kk-source').first();
        assert.ok(Number(await source.getAttribute('start')) > 0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'the draft page scrolls sideways');
        await assertAccessible(page, 'utkast.html');
        page.once('dialog', (dialog) => dialog.accept());
        await page.click('[data-kk-discard]');
        await page.locator('[data-kk-draft-result]:not([hidden])', { hasText: 'Utkastet är kastat' }).waitFor();
      });
    });
  }

  it('publishes a draft and links to the public report', async () => {
    await withPage(DESKTOP, async (page) => {
      await signInTo(page, 'ladda-upp.html');
      await uploadAndReview(page, ENKOPING);
      await page.click('[data-kk-publish]');
      const result = page.locator('[data-kk-draft-result]:not([hidden])');
      await result.waitFor();
      assert.match(await result.innerText(), /Rapporten är publicerad/);
      assert.equal(await page.evaluate(() => document.activeElement.dataset.kkDraftResult), '');
      assert.ok(await page.locator('[data-kk-publish]').isHidden());
      await assertAccessible(page, 'utkast.html published');
      await Promise.all([page.waitForURL(/\/kalla\.html\?report=enkoping-ks-delarsrapport-2023-08$/),
        page.click('text=Se rapportens text')]);
      assert.equal(await waitForPage(page), 'ready');
      assert.match(await page.locator('main').innerText(), /Delårsrapport/);
    });
  });
});
