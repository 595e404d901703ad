// Launching Debian's Chromium through playwright-core, and page helpers shared by all e2e tests.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS_DIR = path.join(E2E_DIR, 'artifacts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Base URL of the server under test, without a trailing slash (run.sh sets KK_BASE_URL). */
export function baseUrl() {
  const url = process.env.KK_BASE_URL;
  if (!url) {
    throw new Error('KK_BASE_URL is not set: start the server and point KK_BASE_URL at it (e2e/run.sh does both)');
  }
  return url.replace(/\/+$/, '');
}

/** An absolute URL of the site for a path such as "kommun.html?id=haninge". */
export function siteUrl(relative) {
  return `${baseUrl()}/${relative.replace(/^\/+/, '')}`;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.KK_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * A new page in its own context, with Swedish locale, collecting console errors, uncaught
 * exceptions and failed requests in `page.problems` so a test can assert that none happened.
 */
export async function openPage(browser, { viewport = DESKTOP, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({
    viewport,
    locale: 'sv-SE',
    acceptDownloads: true,
    javaScriptEnabled,
  });
  const page = await context.newPage();
  page.problems = [];
  page.cspViolations = [];
  // Content-Security-Policy violations in the page and in its frames (embed iframes).
  await context.exposeBinding('__kkCspViolation', (source, violation) => {
    page.cspViolations.push(violation);
    page.problems.push(`CSP violation: ${violation}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__kkCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`
        + (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''));
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      page.problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure();
    // A request the page aborted on purpose (navigation away, AbortController) is not a problem.
    if (failure && !/ERR_ABORTED/.test(failure.errorText)) {
      page.problems.push(`request failed: ${request.url()} ${failure.errorText}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return page;
}

export async function closePage(page) {
  await page.context().close();
}

/**
 * Waits until the page's script has finished: the main region leaves aria-busy and carries
 * data-kk-state="ready" or "error" (the site sets both when it has rendered or failed).
 */
export async function waitForPage(page, { timeout = 20000 } = {}) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main && main.getAttribute('aria-busy') !== 'true'
      && ['ready', 'error'].includes(main.dataset.kkState);
  }, null, { timeout });
  return page.evaluate(() => document.querySelector('main').dataset.kkState);
}

/** Opens a site path and waits for it to render; returns the page's final state. */
export async function gotoPage(page, relative, options) {
  await page.goto(siteUrl(relative), { waitUntil: 'load' });
  return waitForPage(page, options);
}

/** Saves a full-page screenshot under e2e/artifacts/screenshots/NAME-WIDTH.png. */
export async function screenshot(page, name) {
  const dir = path.join(ARTIFACTS_DIR, 'screenshots');
  await mkdir(dir, { recursive: true });
  const width = page.viewportSize().width;
  const file = path.join(dir, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Text content of the page's main region, whitespace collapsed (for assertions on figures). */
export async function mainText(page) {
  const text = await page.locator('main').innerText();
  return normalizeSpaces(text);
}

/** Collapses all kinds of spaces (incl. the no-break spaces of sv-SE number formatting) to one space. */
export function normalizeSpaces(text) {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
