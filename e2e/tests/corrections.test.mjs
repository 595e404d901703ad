// Corrections as a reader sees them: an editor of Enköping corrects values with a bearer
// token, and the public pages show each corrected value with "Rättad <date>: <reason>
// (tidigare <printed>)", linking to the report's change list. This file starts its own server
// on a database of its own (the shared e2e server's in-memory database cannot take an
// account from the command line), with an editor and a token made by the jar's commands.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { closePage, gotoPage, launchBrowser, mainText, openPage, siteUrl } from '../lib/browser.mjs';
import { JAR, startServer, stopServer } from '../lib/own-server.mjs';
import { axeViolations } from '../lib/axe.mjs';

const REPORT = 'enkoping-ks-delarsrapport-2023-08';
const GOAL = `${REPORT}.goal-mal-21`;
const EDITOR = 'redaktor@enkoping.se';
const PASSWORD = 'ett långt och gott lösenord';

let browser;
let server;
let directory;
let base;
let previousBase;
let token;

function database() {
  return `--spring.datasource.url=jdbc:h2:file:${path.join(directory, 'kk')}`;
}

/** Runs a command of the jar on this test's database; returns its standard output. */
function command(args, input) {
  const result = spawnSync('java', ['-jar', JAR, ...args, database(), '--kommunkollen.samples.import-on-empty=false'],
    { input, encoding: 'utf8', timeout: 180000 });
  assert.equal(result.status, 0, `${args.join(' ')} failed: ${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

async function graphql(body, headers = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return response.json();
}

async function correct(input) {
  const answer = await graphql({
    query: 'mutation($input: CorrectionInput!) { correct(input: $input) { id newValue } }',
    variables: { input },
  }, { Authorization: `Bearer ${token}` });
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  return answer.data.correct;
}

before(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'kk-corrections-'));
  command(['user', 'add', EDITOR, '--municipality', 'enkoping'], `${PASSWORD}\n`);
  token = command(['token', 'create', EDITOR]).trim().split('\n').pop().trim();
  ({ server, base } = await startServer([database()]));
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `{ report(id: "${REPORT}") { id } }` }),
    }).then((r) => r.json()).catch(() => null);
    if (answer && answer.data && answer.data.report) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  previousBase = process.env.KK_BASE_URL;
  process.env.KK_BASE_URL = base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stopServer(server);
  process.env.KK_BASE_URL = previousBase;
  await rm(directory, { recursive: true, force: true });
});

describe('an editor corrects, a reader sees the correction and its trail', () => {
  test('without a token the mutation is refused as UNAUTHORIZED', async () => {
    const answer = await graphql({ query: `mutation { correct(input: { recordType: GOAL, recordId: "${GOAL}", field: ASSESSMENT, value: "POOR", reason: "Fel" }) { id } }` });
    assert.equal(answer.errors[0].extensions.classification, 'UNAUTHORIZED');
  });

  test('a corrected assessment and figure show "Rättad" with the reason and the printed value on the goals page', async () => {
    const values = await graphql({ query: `{ goal(id: "${GOAL}") { assessment { normalized } indicators { values { id printed } } } }` });
    const assessment = values.data.goal.assessment.normalized === 'GOOD' ? 'POOR' : 'GOOD';
    await correct({ recordType: 'GOAL', recordId: GOAL, field: 'ASSESSMENT', value: assessment, reason: 'Symbolen för bedömning försvann i utdraget' });
    const value = values.data.goal.indicators[0].values[0];
    await correct({ recordType: 'INDICATOR_VALUE', recordId: value.id, field: 'VALUE', value: '12,5', reason: 'Värdet lästes från fel kolumn' });

    const page = await openPage(browser);
    try {
      assert.equal(await gotoPage(page, 'mal.html?id=enkoping'), 'ready');
      const goal = page.locator(`[data-goal-id="${GOAL}"]`);
      const notes = normalize(await goal.locator('.kk-correction').allInnerTexts());
      assert.ok(notes.some((note) => /^Rättad \d{1,2} [a-zåä]{3} \d{4}: Symbolen för bedömning försvann i utdraget \(tidigare [^)]+\)/.test(note)), notes.join(' | '));
      assert.ok(notes.some((note) => note.includes('Värdet lästes från fel kolumn') && note.includes(`(tidigare ${value.printed})`)), notes.join(' | '));
      assert.match(await mainText(page), /12,5/);
      assert.deepEqual(await axeViolations(page), []);
      await goal.locator('.kk-correction a').first().click();
      assert.equal(await waitReady(page), 'ready');
      assert.match(page.url(), /andringar\.html\?rapport=enkoping-ks-delarsrapport-2023-08$/);
      const text = await mainText(page);
      assert.match(text, /Rättelse Redaktör, Enköping/);
      assert.match(text, /Värdet lästes från fel kolumn/);
      assert.match(text, /Inläst Importkommandot på servern/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.problems, []);
    } finally {
      await closePage(page);
    }
  });

  test('a corrected cell shows its note on the finance page', async () => {
    const tables = await graphql({ query: `{ report(id: "${REPORT}") { financialStatements { title rows { id label } } } }` });
    const statement = tables.data.report.financialStatements[0];
    await correct({ recordType: 'FINANCIAL_CELL', recordId: `${statement.rows[0].id}.column-0`, field: 'VALUE', value: '-8,25', reason: 'Minustecknet föll bort' });
    const page = await openPage(browser);
    try {
      assert.equal(await gotoPage(page, 'ekonomi.html?id=enkoping'), 'ready');
      const note = await page.locator('td .kk-correction').first().innerText();
      assert.match(note, /Rättad .*: Minustecknet föll bort \(tidigare /);
      assert.deepEqual(page.problems, []);
    } finally {
      await closePage(page);
    }
  });
});

describe('the editor page', () => {
  test('a signed-in editor sees unknown values first, corrects one with a reason and resolves a warning', async () => {
    const page = await openPage(browser);
    try {
      await page.goto(siteUrl('redaktor/logga-in.html'));
      await page.fill('#epost', EDITOR);
      await page.fill('#losenord', PASSWORD);
      await page.click('#logga-in button[type="submit"]');
      await page.waitForURL(/redaktor\/index\.html$/);
      // the sign-in page asks for the session first and is answered 401 before signing in
      page.problems.length = 0;
      await page.goto(siteUrl(`redaktor/rapport.html?id=${REPORT}`));
      await page.waitForSelector('#ratta');
      const key = await page.locator('#vardet').inputValue();
      const first = await page.locator('#vardet option').first().innerText();
      const statuses = await graphql({ query: `{ report(id: "${REPORT}") { commitments { status } goals { assessment { normalized } } } }` });
      const unknown = statuses.data.report.commitments.some((c) => c.status === 'UNKNOWN')
        || statuses.data.report.goals.some((g) => g.assessment.normalized === 'UNKNOWN');
      if (unknown) {
        assert.match(first, /^Okänt: /, 'records with an unknown status come first');
      }
      const field = key.split('|')[2];
      const value = { ASSESSMENT: 'GOOD', STATUS: 'DONE', RESULT: 'NO_DEVIATION' }[field];
      if (value) {
        await page.selectOption('#nytt-varde', value);
      } else {
        await page.fill('#nytt-varde', '1,5');
      }
      await page.click('#ratta button[type="submit"]');
      assert.match(await page.locator('[role="status"]').innerText(), /Skriv en motivering/, 'a blank reason is not sent');
      await page.fill('#motivering', 'Rättat på redaktörssidan');
      await page.click('#ratta button[type="submit"]');
      await statusMatches(page, /^Sparat: /);
      const trail = await graphql({ query: `{ report(id: "${REPORT}") { changes { kind reason recordId } } }` });
      assert.ok(trail.data.report.changes.some((c) => c.kind === 'CORRECTION' && c.reason === 'Rättat på redaktörssidan'
        && c.recordId === key.split('|')[1]));
      const warning = page.locator('button', { hasText: 'Markera varning som åtgärdad' }).first();
      const form = warning.locator('xpath=ancestor::form');
      await form.locator('textarea').fill('Statusen är rättad för hand');
      await warning.click();
      await statusMatches(page, /markerad som åtgärdad/);
      assert.match(await mainText(page), /Åtgärdad: Statusen är rättad för hand/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.problems, []);
    } finally {
      await closePage(page);
    }
  });
});

/** Waits for the page's status to say what is expected; a timeout names what it said instead. */
async function statusMatches(page, expected) {
  try {
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[role="status"]')?.textContent || ''),
      expected.source, { timeout: 60000 });
  } catch (error) {
    const said = await page.locator('[role="status"]').first().innerText().catch(() => '(no status)');
    throw new Error(`${error.message}; the status said: ${said}; problems: ${page.problems.join(' | ')}`);
  }
}

function normalize(texts) {
  return texts.map((text) => text.replace(/[\s\u00a0]+/g, ' ').trim());
}

async function waitReady(page) {
  await page.waitForLoadState('load');
  return page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main && main.dataset.kkState === 'ready' ? 'ready' : null;
  }, null, { timeout: 20000 }).then((handle) => handle.jsonValue());
}
