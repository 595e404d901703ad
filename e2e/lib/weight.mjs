// Measures what a first load of a page transfers, through the Chrome DevTools Protocol.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTIFACTS_DIR } from './browser.mjs';

export const MAX_BYTES = 100 * 1024;
// 25, not 15, since the site's code became one small module per concern (issue 12): every module is
// preloaded from the page's head, so they load side by side, and the bytes stay within budget.
export const MAX_REQUESTS = 25;

/** Requests the budget does not count: the API's answers. */
export const API_REQUEST = /\/graphql(\?|$)/;

/**
 * Starts recording the network of `page` with the browser cache disabled (a first visit).
 * Call before navigating; `stop()` returns the requests and bytes counted.
 * Bytes are CDP `Network.loadingFinished.encodedDataLength`: what came over the wire,
 * compressed, headers included.
 */
export async function recordNetwork(page, { exclude = API_REQUEST } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map();
  const finished = new Map();
  const failed = new Set();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, event.encodedDataLength));
  cdp.on('Network.loadingFailed', (event) => failed.add(event.requestId));

  return {
    async stop() {
      await cdp.detach().catch(() => {});
      const requests = [];
      let excluded = 0;
      for (const [id, url] of urls) {
        if (url.startsWith('data:')) {
          continue;
        }
        if (exclude.test(url)) {
          excluded += 1;
          continue;
        }
        requests.push({ url, bytes: finished.get(id) ?? 0, failed: failed.has(id) });
      }
      const bytes = requests.reduce((sum, request) => sum + request.bytes, 0);
      return { requests: requests.length, bytes, apiRequests: excluded, detail: requests };
    },
  };
}

/**
 * Loads `url` in `page` as a first visit and measures it; `ready(page)` waits until the page has
 * finished its own work (rendering from the API), so lazy requests are counted too.
 */
export async function measurePageWeight(page, url, ready) {
  const recorder = await recordNetwork(page);
  await page.goto(url, { waitUntil: 'load' });
  if (ready) {
    await ready(page);
  }
  await page.waitForLoadState('networkidle').catch(() => {});
  return recorder.stop();
}

/**
 * Adds one page's measurement to e2e/artifacts/page-weights.json. Test files run in parallel
 * processes, so each writes its own file under weights/ and the summary is rebuilt from all.
 */
export async function saveWeight(name, measurement) {
  const dir = path.join(ARTIFACTS_DIR, 'weights');
  await mkdir(dir, { recursive: true });
  const entry = {
    page: name,
    requests: measurement.requests,
    bytes: measurement.bytes,
    kilobytes: Math.round((measurement.bytes / 1024) * 10) / 10,
    apiRequests: measurement.apiRequests,
    withinBudget: measurement.bytes <= MAX_BYTES && measurement.requests <= MAX_REQUESTS,
    files: measurement.detail.map((request) => ({
      url: request.url.replace(/^https?:\/\/[^/]+/, ''),
      bytes: request.bytes,
    })),
  };
  await writeFile(path.join(dir, `${safeName(name)}.json`), JSON.stringify(entry, null, 2));

  const pages = {};
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    try {
      const saved = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
      pages[saved.page] = saved;
    } catch {
      // a file being written by a parallel test; it is picked up by the next save
    }
  }
  const summary = {
    budget: { maxBytes: MAX_BYTES, maxRequests: MAX_REQUESTS, excluded: 'requests to /graphql' },
    measuredAt: new Date().toISOString(),
    pages,
  };
  const target = path.join(ARTIFACTS_DIR, 'page-weights.json');
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(summary, null, 2));
  await rename(temporary, target);
  return entry;
}

/** A readable one-line summary for assertion messages. */
export function describeWeight(measurement) {
  const lines = measurement.detail.map((request) => `  ${request.bytes} B ${request.url}`);
  return `${measurement.requests} requests, ${measurement.bytes} bytes\n${lines.join('\n')}`;
}

function safeName(name) {
  return name.replace(/[^a-z0-9_-]+/gi, '_');
}
