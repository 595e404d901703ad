// Issue 11's whole path, in a real browser: an administrator (made with the jar's `user add`)
// creates an editor for Enköping on the accounts page; the editor signs in, uploads a new
// version of the Enköping sample whose status symbol for Mål 21 was lost (an UNKNOWN, as in
// Eskilstuna's report), reviews the draft with its warning, publishes it, and corrects the
// UNKNOWN with a reason; a reader without an account sees the correction beside the goal and
// in the report's change list, and in the API. The same editor's upload of Eskilstuna's report
// is refused and changes nothing. Its own server and database (an account cannot be added to
// the shared e2e server's in-memory database from the command line).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { E2E_DIR, closePage, gotoPage, launchBrowser, mainText, openPage } from '../lib/browser.mjs';
import { JAR, startServer, stopServer } from '../lib/own-server.mjs';
import { axeViolations } from '../lib/axe.mjs';

const ROOT = path.join(E2E_DIR, '..');
const ENKOPING_SAMPLE = path.join(ROOT, 'samples', '002_034fdc850437dc3c.txt');
const ESKILSTUNA_SAMPLE = path.join(ROOT, 'samples', '003_706e2e96afce6266.txt');
const REPORT = 'enkoping-ks-delarsrapport-2023-08';
const GOAL = `${REPORT}.goal-mal-21`;
const ADMIN = 'admin@kommunkollen.example';
const EDITOR = 'redaktor@enkoping.example';
const ADMIN_PASSWORD = 'administratorens långa lösenord';
const EDITOR_PASSWORD = 'redaktörens långa lösenord';
const REASON = 'Symbolen för bedömning föll bort när PDF:en blev text; rapporten anger På rätt väg';

let browser;
let server;
let directory;
let base;
let previousBase;
let editorPage;

const database = () => `--spring.datasource.url=jdbc:h2:file:${path.join(directory, 'kk')};AUTO_SERVER=TRUE`;

function command(args, input) {
  const result = spawnSync('java', ['-jar', JAR, ...args, database(), '--kommunkollen.samples.import-on-empty=false'],
    { input, encoding: 'utf8', timeout: 180000 });
  assert.equal(result.status, 0, `${args.join(' ')} failed: ${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

async function graphql(query) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const answer = await response.json();
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  return answer.data;
}

/** The Enköping sample with Mål 21's status line lost, as Eskilstuna's symbols were. */
function enkopingWithLostStatus() {
  const text = readFileSync(ENKOPING_SAMPLE, 'utf8');
  const changed = text.replace('5.1 Mål 21: Ökat medarbetarengagemang\n\n● På rätt väg\n', '5.1 Mål 21: Ökat medarbetarengagemang\n');
  assert.notEqual(changed, text, 'the sample holds Mål 21 with its status line');
  return Buffer.from(changed, 'utf8');
}

/** What went wrong on the page, but the 401 of /api/session that a page asks before sign-in. */
function unexpectedProblems(page) {
  return page.problems.filter((problem) => !/HTTP 401: .*\/api\/session$/.test(problem)
    && !/console error: Failed to load resource: the server responded with a status of 401/.test(problem));
}

async function signIn(page, email, password) {
  assert.equal(await gotoPage(page, 'redaktor/logga-in.html'), 'ready');
  await page.fill('#epost', email);
  await page.fill('#losenord', password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith('/logga-in.html'), { timeout: 20000 }),
    page.click('#logga-in button[type="submit"]'),
  ]);
}

async function publicState() {
  const data = await graphql(`{ eskilstuna: municipality(id: "eskilstuna") { reports { id checksum importHistory { checksum } } }
    enkoping: report(id: "${REPORT}") { checksum importHistory { outcome } } }`);
  return JSON.stringify(data);
}

before(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'kk-editor-path-'));
  ({ server, base } = await startServer([database()]));
  for (let attempt = 0; attempt < 360; attempt += 1) {
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities { id } }' }),
    }).then((r) => r.json()).catch(() => null);
    if (answer?.data?.municipalities?.length === 4) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  command(['user', 'add', ADMIN, '--municipality', 'enkoping', '--admin'], `${ADMIN_PASSWORD}\n`);
  previousBase = process.env.KK_BASE_URL;
  process.env.KK_BASE_URL = base;
  browser = await launchBrowser();
});

after(async () => {
  if (editorPage) await closePage(editorPage);
  await browser?.close();
  await stopServer(server);
  process.env.KK_BASE_URL = previousBase;
  await rm(directory, { recursive: true, force: true });
});

describe('an editor brings in and corrects Enköping\'s report; a reader sees the trail', () => {
  test('an administrator creates an editor for Enköping on the accounts page', async () => {
    const page = await openPage(browser);
    try {
      await signIn(page, ADMIN, ADMIN_PASSWORD);
      assert.equal(await gotoPage(page, 'redaktor/konton.html'), 'ready');
      await page.locator('#konton').waitFor({ state: 'visible' });
      await page.fill('#konto-epost', EDITOR);
      await page.fill('#konto-losenord', EDITOR_PASSWORD);
      await page.selectOption('#konto-kommun', 'enkoping');
      await page.click('#nytt-konto button[type="submit"]');
      await page.locator('#konton-tabell', { hasText: EDITOR }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(unexpectedProblems(page), []);
    } finally {
      await closePage(page);
    }
  });

  test('the editor uploads a new version, sees its warning first, and publishes it', async () => {
    editorPage = await openPage(browser);
    const page = editorPage;
    await signIn(page, EDITOR, EDITOR_PASSWORD);
    assert.equal(await gotoPage(page, 'redaktor/ladda-upp.html'), 'ready');
    await page.setInputFiles('#rapportfil', { name: 'enkoping-delarsrapport-2023.txt', mimeType: 'text/plain', buffer: enkopingWithLostStatus() });
    await Promise.all([
      page.waitForURL(/utkast\.html\?id=/, { timeout: 60000 }),
      page.click('[data-kk-upload-button]'),
    ]);
    assert.equal(await gotoPage(page, page.url().slice(page.url().indexOf('redaktor/'))), 'ready');
    await page.locator('[data-kk-publish]').waitFor({ state: 'visible', timeout: 30000 });
    const text = await mainText(page);
    // warnings first: the lost status of Mål 21, before what was read
    assert.match(text, /Rad 196: STATUS_SYMBOL_LOST .*Mål 21/);
    assert.ok(text.indexOf('STATUS_SYMBOL_LOST') < text.indexOf('Det här lästes'), text.slice(0, 1500));
    assert.match(text, /15 mål 8 indikatorer/);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('[data-kk-publish]');
    await page.getByRole('heading', { name: 'Rapporten är publicerad' }).waitFor({ timeout: 60000 });
    assert.match(await mainText(page), /Den nya versionen har ersatt den publika/);
    const data = await graphql(`{ goal(id: "${GOAL}") { assessment { normalized } } report(id: "${REPORT}") { importHistory { outcome } } }`);
    assert.equal(data.goal.assessment.normalized, 'UNKNOWN');
    assert.ok(data.report.importHistory.some((run) => run.outcome === 'REPLACED'), JSON.stringify(data.report.importHistory));
  });

  test('the editor corrects the UNKNOWN assessment with a reason', async () => {
    const page = editorPage;
    assert.equal(await gotoPage(page, `redaktor/rapport.html?id=${REPORT}`), 'ready');
    await page.locator('#vardet').waitFor({ timeout: 30000 });
    const key = `GOAL|${GOAL}|ASSESSMENT`;
    const label = await page.locator(`#vardet option[value="${key}"]`).innerText();
    assert.match(label, /^Okänt: /);
    await page.selectOption('#vardet', key);
    await page.selectOption('#nytt-varde', 'GOOD');
    await page.fill('#motivering', REASON);
    await page.click('#ratta button[type="submit"]');
    await page.getByText(/^Sparat: /).waitFor({ timeout: 30000 });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(unexpectedProblems(page), []);
  });

  test('a reader sees the correction beside the goal, in the change list and in the API', async () => {
    const page = await openPage(browser);
    try {
      assert.equal(await gotoPage(page, 'mal.html?id=enkoping'), 'ready');
      const goal = page.locator(`[data-goal-id="${GOAL}"]`);
      const note = (await goal.locator('.kk-correction').allInnerTexts()).join(' | ').replace(/\s+/g, ' ');
      assert.match(note, /Rättad \d{1,2} [a-zåä]{3} \d{4}: Symbolen för bedömning föll bort/);
      await goal.locator('.kk-correction a').first().click();
      await page.waitForURL(/andringar\.html\?rapport=/);
      assert.equal(await gotoPage(page, page.url().slice(page.url().lastIndexOf('/') + 1)), 'ready');
      const trail = await mainText(page);
      assert.match(trail, /Redaktör, Enköping/);
      assert.match(trail, /Symbolen för bedömning föll bort/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(unexpectedProblems(page), []);
    } finally {
      await closePage(page);
    }
    const data = await graphql(`{ goal(id: "${GOAL}") { assessment { normalized } corrected corrections { reason } } }`);
    assert.equal(data.goal.assessment.normalized, 'GOOD');
    assert.equal(data.goal.corrected, true);
    assert.equal(data.goal.corrections[0].reason, REASON);
  });

  test('the same editor\'s upload of another municipality\'s report is refused and changes nothing', async () => {
    const page = editorPage;
    const before = await publicState();
    assert.equal(await gotoPage(page, 'redaktor/ladda-upp.html'), 'ready');
    await page.setInputFiles('#rapportfil', { name: 'eskilstuna.txt', mimeType: 'text/plain', buffer: readFileSync(ESKILSTUNA_SAMPLE) });
    await page.click('[data-kk-upload-button]');
    await page.getByText(/Eskilstuna|annan kommun|inte din kommun|behörighet/i).first().waitFor({ timeout: 60000 });
    assert.match(page.url(), /ladda-upp\.html/);
    const drafts = await page.evaluate(async () => (await fetch('/api/reports?state=DRAFT', { credentials: 'same-origin' })).json());
    assert.equal(JSON.stringify(drafts).includes('eskilstuna'), false, JSON.stringify(drafts));
    assert.equal(await publicState(), before);
  });
});
