// The site asks the API by GET with persisted query hashes, so that the browser (and any CDN)
// keeps the answers: a repeat visit is answered from the cache or with a 304.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, gotoPage, launchBrowser, openPage } from '../lib/browser.mjs';

const API = /\/graphql(\?|$)/;
const PAGE = 'kompassen.html?id=haninge';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/**
 * Loads a site path and returns its API requests in order: method, URL parameters (JSON ones
 * parsed), and whether the browser cache answered (without asking, or after a 304).
 */
async function apiRequestsOf(page, path) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (API.test(request.url) && !requests.has(requestId)) {
      const params = Object.fromEntries([...new URL(request.url).searchParams]
        .map(([name, value]) => [name, name === 'query' ? value : JSON.parse(value)]));
      requests.set(requestId, { method: request.method, params, status: 0, fromCache: false });
    }
  });
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    if (requests.has(requestId)) requests.get(requestId).fromCache = true;
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const request = requests.get(requestId);
    if (request) {
      request.status = response.status;
      request.fromCache ||= Boolean(response.fromDiskCache || response.fromPrefetchCache);
    }
  });
  assert.equal(await gotoPage(page, path), 'ready');
  await cdp.detach();
  return [...requests.values()];
}

describe('the site asks the API by GET so that answers can be cached', () => {
  test('the first data request of a page is a GET carrying only the persisted query hash', async () => {
    const page = await openPage(browser);
    try {
      const requests = await apiRequestsOf(page, PAGE);
      assert.ok(requests.length >= 1 && requests.length <= 2, JSON.stringify(requests));
      const [first] = requests;
      assert.equal(first.method, 'GET');
      assert.match(first.params.extensions.persistedQuery.sha256Hash, /^[0-9a-f]{64}$/);
      assert.equal(first.params.query, undefined, 'the query text stays out of the first request');
      assert.deepEqual(first.params.variables, { id: 'haninge' });
      // A server that did not know the hash yet gets the text once, by GET too.
      assert.ok(requests.every((request) => request.method === 'GET'), JSON.stringify(requests));
      assert.deepEqual(page.problems, []);
    } finally {
      await closePage(page);
    }
  });

  test('a repeat visit is answered by the browser cache or a 304', async () => {
    // Another visitor has been there: the server knows the query by its hash.
    const earlier = await openPage(browser);
    await apiRequestsOf(earlier, PAGE).finally(() => closePage(earlier));
    const page = await openPage(browser);
    try {
      const first = await apiRequestsOf(page, PAGE);
      assert.deepEqual(first.map((request) => [request.method, request.status]), [['GET', 200]]);
      const again = await apiRequestsOf(page, PAGE);
      assert.equal(again.length, 1, JSON.stringify(again));
      assert.ok(again[0].fromCache || again[0].status === 304, JSON.stringify(again));
      assert.deepEqual(page.problems, []);
    } finally {
      await closePage(page);
    }
  });

  test('without crypto.subtle (plain http off localhost) the query text goes by GET', async () => {
    const page = await openPage(browser);
    try {
      await page.addInitScript(() => Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined }));
      const requests = await apiRequestsOf(page, PAGE);
      assert.equal(requests.length, 1, JSON.stringify(requests));
      assert.equal(requests[0].method, 'GET');
      assert.match(requests[0].params.query, /evaluations/);
      assert.equal(requests[0].params.extensions, undefined);
    } finally {
      await closePage(page);
    }
  });

  test('a query too long for a URL is sent with its hash by POST', async () => {
    const page = await openPage(browser);
    try {
      await gotoPage(page, 'index.html');
      const methods = [];
      const urlLengths = [];
      page.on('request', (request) => {
        if (!API.test(request.url())) return;
        methods.push(request.method());
        urlLengths.push(request.url().length);
      });
      const data = await page.evaluate(async () => {
        const { query } = await import('./js/api.js');
        // Unique each run, so the server never knows it yet.
        return query(`{ municipalities { id } }\n# ${Date.now()} ${'x'.repeat(7000)}`);
      });
      assert.ok(data.municipalities.length > 0);
      // The start page may still ask for its own data; this query's requests are the last two.
      assert.deepEqual(methods.slice(-2), ['GET', 'POST']);
      assert.ok(urlLengths.every((length) => length < 6100), `URL lengths ${urlLengths}`);
    } finally {
      await closePage(page);
    }
  });
});
