// Editors sign in and out: accounts made with the command line on a database of their own
// (the shared e2e server's database is in memory), a server of this test's own on it, and the
// sign-in, start and accounts pages with 0 axe violations and no CSP violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { closePage, launchBrowser, openPage, waitForPage } from '../lib/browser.mjs';
import { JAR, awaitSessionEndpoint, startServer, stopServer } from '../lib/own-server.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';

const EDITOR = { email: 'redaktor@enkoping.se', password: 'ett långt lösenord för e2e' };
const ADMIN = { email: 'admin@example.se', password: 'ett annat långt lösenord' };

let browser;
let server;
let folder;
let base;

function command(database, args, input = '') {
  const result = spawnSync('java', ['-jar', JAR, ...args, `--spring.datasource.url=${database}`], {
    input, encoding: 'utf8', timeout: 120000,
  });
  assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'kk-editors-'));
  const database = `jdbc:h2:file:${path.join(folder, 'kk')}`;
  command(database, ['user', 'add', EDITOR.email, '--municipality', 'enkoping'], `${EDITOR.password}\n`);
  command(database, ['user', 'add', ADMIN.email, '--municipality', 'enkoping', '--admin'], `${ADMIN.password}\n`);
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

async function withPage(check) {
  const page = await openPage(browser);
  try {
    await check(page);
    assert.deepEqual(page.cspViolations, []);
    const unexpected = page.problems.filter((problem) => !/HTTP 401: .*\/api\/(session|login)$/.test(problem)
      && !/console error: Failed to load resource: the server responded with a status of 401/.test(problem));
    assert.deepEqual(unexpected, []);
  } finally {
    await closePage(page);
  }
}

async function assertAccessible(page, name) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${name}:\n${formatViolations(violations)}`);
}

async function signIn(page, account) {
  await page.goto(`${base}/redaktor/logga-in.html`, { waitUntil: 'load' });
  assert.equal(await waitForPage(page), 'ready');
  await page.fill('#epost', account.email);
  await page.fill('#losenord', account.password);
  await Promise.all([page.waitForURL(`${base}/redaktor/index.html`), page.click('button[type=submit]')]);
  assert.equal(await waitForPage(page), 'ready');
}

describe('editor sign-in', () => {
  it('refuses empty fields and a wrong password with a focused message', async () => {
    await withPage(async (page) => {
      await page.goto(`${base}/redaktor/logga-in.html`, { waitUntil: 'load' });
      assert.equal(await waitForPage(page), 'ready');
      await assertAccessible(page, 'logga-in.html');
      await page.click('button[type=submit]');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'epost');
      assert.match(await page.locator('#inloggning-fel').innerText(), /Fyll i både e-postadress och lösenord/);
      assert.equal(await page.getAttribute('#epost', 'aria-invalid'), 'true');
      await page.fill('#epost', EDITOR.email);
      await page.fill('#losenord', 'fel lösenord');
      await page.click('button[type=submit]');
      await page.locator('#inloggning-fel', { hasText: 'Fel e-postadress eller lösenord' }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'inloggning-fel');
      assert.equal(await page.inputValue('#losenord'), '');
      await assertAccessible(page, 'logga-in.html with an error');
    });
  });

  it('signs an editor in, shows who is signed in, and signs out', async () => {
    await withPage(async (page) => {
      await signIn(page, EDITOR);
      const text = await page.locator('main').innerText();
      assert.match(text, /Inloggad som redaktor@enkoping\.se/);
      assert.match(text, /Redaktör för Enköping/);
      assert.ok(await page.locator('a[href="ladda-upp.html"]').isVisible());
      const cookies = await page.context().cookies();
      const session = cookies.find((cookie) => cookie.name === 'kk_session');
      assert.ok(session && session.httpOnly && session.sameSite === 'Lax', JSON.stringify(session));
      await assertAccessible(page, 'redaktor/index.html');
      await Promise.all([page.waitForURL(/logga-in\.html\?utloggad$/), page.click('#logga-ut button')]);
      assert.ok(await page.locator('#utloggad').isVisible());
      await page.goto(`${base}/redaktor/index.html`);
      await page.waitForURL(/logga-in\.html/);
    });
  });

  it('lets an administrator see accounts and create a token shown once', async () => {
    await withPage(async (page) => {
      await signIn(page, ADMIN);
      await page.click('a[href="konton.html"]');
      assert.equal(await waitForPage(page), 'ready');
      const accounts = await page.locator('#konton-tabell').innerText();
      assert.match(accounts, /redaktor@enkoping\.se/);
      assert.match(accounts, /Administratör/);
      await assertAccessible(page, 'konton.html');
      await page.fill('#nyckel-namn', 'publicering');
      await page.click('#ny-nyckel-form button[type=submit]');
      await page.locator('#ny-nyckel:not([hidden])').waitFor();
      const token = await page.locator('[data-kk-token]').innerText();
      assert.match(token, /^kk_[A-Za-z0-9_-]{43}$/);
      const session = await fetch(`${base}/api/session`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(session.status, 200);
      assert.match(await page.locator('#nycklar-tabell').innerText(), /publicering/);
      await assertAccessible(page, 'konton.html with a new token');
    });
  });
});
