// The embeddable widgets on a page of another origin, against the server e2e/run.sh starts
// (KK_BASE_URL) with the sample reports imported.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { baseUrl, closePage, launchBrowser, normalizeSpaces, openPage } from '../lib/browser.mjs';
import { graphql } from '../lib/graphql.mjs';
import { MAX_BYTES, MAX_REQUESTS, describeWeight, measurePageWeight, saveWeight } from '../lib/weight.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = baseUrl();
const WIDGETS_JS = fileURLToPath(new URL('../../frontend-static/widgets.js', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/embed-host/index.html', import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe-core looks into open shadow roots by itself; the passes show that it did (a node in a
// shadow root has a target made of several selectors, host first).
async function axeInside(frame) {
	if (!(await frame.evaluate(() => typeof window.axe !== 'undefined'))) {
		await frame.evaluate(axeSource);
	}
	return frame.evaluate(async (tags) => {
		const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return {
			violations: result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
			shadowNodesChecked: result.passes.reduce((sum, rule) => sum + rule.nodes.filter((n) => n.target.some(Array.isArray)).length, 0),
		};
	}, AXE_TAGS);
}

// Ids as the API gives them: nothing here knows how the server makes them.
async function idsFromApi() {
	const { goals } = await graphql(`{ goals(first: 100, filter: {municipality: "enkoping"}) {
		edges { node { id number title assessment { label normalized } indicators { id name } report { id goals { id } } } } } }`);
	const goal = goals.edges.map((e) => e.node).find((g) => g.indicators.some((i) => i.name.includes('Sjukfrånvarostatistik')));
	assert.ok(goal, 'Enköping has a goal with the indicator "23. a Sjukfrånvarostatistik"');
	const indicator = goal.indicators.find((i) => i.name.includes('Sjukfrånvarostatistik'));
	const { reports } = await graphql('{ reports(municipality: "enkoping") { financialStatements { id title } } }');
	const statement = reports.flatMap((r) => r.financialStatements).find((s) => s.title.startsWith('7.1'));
	assert.ok(statement, 'Enköping has the table 7.1 Resultaträkning');
	const { municipality } = await graphql('{ municipality(id: "enkoping") { goalStatusCounts { normalized count } } }');
	const { evaluations } = await graphql('{ evaluations(municipality: "haninge") { totalScore maxScore } }');
	return { goal, indicator, statement, counts: municipality.goalStatusCounts, evaluation: evaluations[0] };
}

function listen(server) {
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

describe('widgets on a page of another origin', () => {
	let ids;
	let host;
	let hangingApi;
	let browser;
	let page;
	let hostUrl;
	const widgetQueries = [];

	before(async () => {
		ids = await idsFromApi();
		// An API that accepts the connection and never answers, for the timeout.
		const hanging = [];
		hangingApi = http.createServer((request) => hanging.push(request));
		hangingApi.hanging = hanging;
		const hangPort = await listen(hangingApi);
		// A port that was open a moment ago and is closed now: nothing answers there.
		const closed = http.createServer();
		const closedPort = await listen(closed);
		await new Promise((resolve) => closed.close(resolve));
		const html = readFileSync(FIXTURE, 'utf8')
			.replaceAll('{{BASE}}', BASE)
			.replaceAll('{{GOAL}}', encodeURIComponent(ids.goal.id))
			.replaceAll('{{REPORT}}', encodeURIComponent(ids.goal.report.id))
			.replaceAll('{{INDICATOR}}', encodeURIComponent(ids.indicator.id))
			.replaceAll('{{STATEMENT}}', encodeURIComponent(ids.statement.id))
			.replaceAll('{{UNREACHABLE}}', `http://127.0.0.1:${closedPort}/graphql`)
			.replaceAll('{{HANG}}', `http://127.0.0.1:${hangPort}/graphql`);
		host = http.createServer((request, response) => {
			response.setHeader('content-type', 'text/html; charset=utf-8');
			response.end(html);
		});
		const hostPort = await listen(host);
		browser = await launchBrowser();
		page = await openPage(browser);
		page.on('request', (request) => {
			// Each request as its parameters: by GET in the URL, by POST in the body.
			const url = new URL(request.url());
			if (url.origin + url.pathname === `${BASE}/graphql` && request.frame() === page.mainFrame()) {
				const payload = request.method() === 'POST' ? request.postDataJSON()
					: Object.fromEntries([...url.searchParams].map(([name, value]) => [name, name === 'query' ? value : JSON.parse(value)]));
				widgetQueries.push({ method: request.method(), ...payload });
			}
		});
		// localhost and 127.0.0.1 are different origins, so the widgets are really cross-origin.
		hostUrl = `http://localhost:${hostPort}/`;
		await page.goto(hostUrl);
		try {
			await page.waitForFunction(() => [...document.querySelectorAll('main > [id]:not(iframe)')]
				.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.kk-loading')), null, { timeout: 20000 });
		}
		catch (error) {
			throw new Error(`The widgets did not render: ${page.problems.join('; ')}`, { cause: error });
		}
	});

	after(async () => {
		if (page) {
			await closePage(page);
		}
		await browser?.close();
		host?.close();
		hangingApi?.hanging.forEach((request) => request.socket.destroy());
		hangingApi?.close();
	});

	const text = async (selector) => normalizeSpaces(await page.locator(`${selector} [part=widget]`).innerText());

	it('shows Haninge\'s Kommunkompassen total and area scores', async () => {
		const shown = await text('#evaluation');
		assert.equal(ids.evaluation.totalScore, 504);
		assert.ok(shown.includes(`504 av ${ids.evaluation.maxScore} poäng`), shown);
		assert.equal(await page.locator('#evaluation tbody tr').count(), 8);
		assert.match(await page.locator('#evaluation tbody tr').nth(5).innerText(), /^6\. .*48 av 100/s);
		assert.equal(await page.locator('#evaluation table caption').count(), 1);
	});

	it('counts Enköping\'s goals by status as the API does, with words and not colour alone', async () => {
		const items = await page.locator('#summary li').allInnerTexts();
		const total = ids.counts.reduce((sum, c) => sum + c.count, 0);
		assert.ok(total > 0);
		assert.match(await text('#summary'), new RegExp(`${total} mål`));
		const good = ids.counts.find((c) => c.normalized === 'GOOD');
		assert.ok(good && good.count > 0, 'some Enköping goals are on track');
		assert.ok(items.some((item) => new RegExp(`^\\s*${good.count}\\s*Går bra`).test(item)), items.join(' | '));
	});

	it('inherits the host page\'s font, unless --kk-widget-font themes it', async () => {
		const font = (selector) => page.locator(`${selector} [part=widget]`).evaluate((el) => getComputedStyle(el).fontFamily);
		assert.equal(await font('#evaluation'), await page.evaluate(() => getComputedStyle(document.body).fontFamily));
		assert.equal(await font('#evaluation'), 'Georgia, serif');
		assert.equal(await font('#summary'), 'Verdana, sans-serif');
	});

	it('marks 7.1\'s deviation better than budget (its sign is known) and names the latest outcome by period', async () => {
		const row = page.locator('#statement tr', { hasText: 'Summa totalt' });
		assert.match(normalizeSpaces(await row.innerText()), /▲ 5,9 \(bättre än budget\)/);
		const latest = page.locator('#statement thead th', { hasText: 'senaste utfall' });
		assert.equal(await latest.count(), 1);
		assert.match(await latest.innerText(), /Utfall jan-aug 2023/);
	});

	it('counts the goals of one report when given the report', async () => {
		const shown = await text('#summary-report');
		assert.ok(shown.includes(`${ids.goal.report.goals.length} mål i rapporten`), shown);
	});

	it('shows a goal with its status label and indicators', async () => {
		const shown = await text('#goal');
		assert.ok(shown.includes(ids.goal.title));
		assert.ok(ids.goal.assessment.label, 'the goal has a printed assessment');
		assert.ok(shown.includes(`Bedömning: ${ids.goal.assessment.label}`), shown);
		assert.match(shown, /Sjukfrånvarostatistik/);
		assert.equal(await page.locator('#goal h3').count(), 1, 'heading-level is honoured');
		assert.equal(await page.locator('#goal-again table').count(), 0, 'hide-indicators is honoured');
	});

	it('shows the indicator\'s values and a chart with a text alternative', async () => {
		const shown = await text('#indicator');
		for (const value of ['7,6', '7,5', '5,6']) {
			assert.ok(shown.includes(value), `${value} in ${shown}`);
		}
		const label = await page.locator('#indicator svg[role=img] title').textContent();
		assert.match(label, /Startläge 7,6.*Mål 5,6/);
	});

	it('shows the 7.1 table with its caption, headers and sum', async () => {
		const row = page.locator('#statement tr', { hasText: 'Summa totalt' });
		assert.match(await row.innerText(), /−237,2/);
		assert.match(await page.locator('#statement caption').innerText(), /7\.1 Resultaträkning/);
		assert.ok(await page.locator('#statement thead th[scope=col]').count() >= 6);
	});

	it('links every widget to its page on the transparency site', async () => {
		const links = await page.locator('[part=widget] a[part=link]').evaluateAll((as) => as.map((a) => a.href));
		for (const page of ['kompassen.html?id=haninge', 'mal.html?id=enkoping', 'ekonomi.html?id=enkoping', 'kalla.html?report=']) {
			assert.ok(links.some((href) => href.startsWith(`${BASE}/${page}`)), `${page} in ${links}`);
		}
	});

	it('says in Swedish that an unknown id is unknown, and keeps the fallback', async () => {
		const status = page.locator('#unknown [role=status]');
		assert.equal(await status.innerText(), 'Kommunkollen har inget mål med id ”finns-inte-12345”.');
		assert.equal(await page.locator('#unknown').evaluate((el) => !!el.shadowRoot.querySelector('slot')), true);
	});

	it('says in Swedish when the API cannot be reached or does not answer in time', async () => {
		assert.match(await page.locator('#unreachable [role=alert]').innerText(), /Det gick inte att nå Kommunkollen/);
		assert.match(await page.locator('#slow [role=alert]').innerText(), /svarade inte i tid/);
		assert.equal(await page.locator('#slow button', { hasText: 'Försök igen' }).count(), 1);
	});

	it('shares requests: one query for the widgets of one tick, none twice', async () => {
		// One document, asked by GET with its hash; sent along with its text only when the
		// server did not know the hash yet.
		const hashes = new Set(widgetQueries.map((q) => q.extensions.persistedQuery.sha256Hash));
		assert.equal(hashes.size, 1, JSON.stringify(widgetQueries));
		assert.ok(widgetQueries.every((q) => q.method === 'GET'), JSON.stringify(widgetQueries));
		assert.ok(!widgetQueries[0].query, 'the first request sends only the hash');
		assert.ok(widgetQueries.length <= 2, JSON.stringify(widgetQueries));
		const withText = widgetQueries.find((q) => q.query);
		if (withText) {
			const aliases = withText.query.match(/\bq\d+:/g);
			// evaluation, two summaries, goal (twice on the page), indicator, statement, unknown goal
			assert.equal(aliases.length, 7, withText.query);
		}
	});

	it('runs twice without errors', () => {
		// The only failures allowed are the two API addresses that are unreachable on purpose.
		const problems = page.problems.filter((p) => !/ERR_CONNECTION_REFUSED/.test(p));
		assert.deepEqual(problems, []);
	});

	it('has no WCAG 2.1 A/AA violations, inside the shadow roots too', async () => {
		const { violations, shadowNodesChecked } = await axeInside(page);
		assert.deepEqual(violations, []);
		assert.ok(shadowNodesChecked > 20, `axe checked ${shadowNodesChecked} nodes inside shadow roots`);
	});

	it('sizes the iframe to the height it reports, and titles it with the data', async () => {
		await page.waitForFunction(() => window.kkHeights.some((m) => m.id === 'frame-goal' && m.height > 150), null, { timeout: 15000 });
		const frameHeight = await page.locator('#frame-goal').evaluate((frame) => frame.getBoundingClientRect().height);
		const frame = page.frames().find((f) => f.url().includes('/embed/goal.html'));
		await frame.waitForFunction(() => document.title !== 'Mål – Kommunkollen');
		const contentHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
		assert.equal(Math.round(frameHeight), Math.ceil(contentHeight));
		assert.ok((await frame.title()).includes(ids.goal.title), await frame.title());
		assert.equal(await frame.evaluate(() => document.documentElement.lang), 'sv');
		assert.ok(await frame.locator('[part=widget] a[target=_blank]').count() > 0, 'links leave the frame');
	});

	it('follows the content\'s height when the frame gets narrower', async () => {
		await page.locator('#frame-evaluation').scrollIntoViewIfNeeded();
		const before = await page.locator('#frame-evaluation').evaluate((frame) => frame.getBoundingClientRect().height);
		await page.locator('#frame-evaluation').evaluate((frame) => (frame.style.width = '320px'));
		await page.waitForFunction((h) => document.getElementById('frame-evaluation').getBoundingClientRect().height > h + 20, before, { timeout: 10000 });
		await page.locator('#frame-evaluation').evaluate((frame) => (frame.style.width = '100%'));
	});

	it('keeps the content inside the tags when scripts are off', async () => {
		const plain = await openPage(browser, { javaScriptEnabled: false });
		try {
			await plain.goto(hostUrl);
			const fallback = plain.locator('#evaluation > a');
			assert.equal(await fallback.isVisible(), true);
			assert.equal(await fallback.getAttribute('href'), `${BASE}/kompassen.html?id=haninge`);
			await plain.goto(`${BASE}/embed/goal.html?goal=${encodeURIComponent(ids.goal.id)}`);
			assert.match(await plain.locator('main').innerText(), /Kommunkollen/);
			assert.equal(await plain.evaluate(() => document.documentElement.lang), 'sv');
		}
		finally {
			await closePage(plain);
		}
	});

	it('serves iframe pages without WCAG 2.1 A/AA violations', async () => {
		for (const name of ['goal', 'evaluation']) {
			const frame = page.frames().find((f) => f.url().includes(`/embed/${name}.html`));
			await frame.waitForFunction(() => !document.querySelector('[data-kk-embed]').shadowRoot.querySelector('.kk-loading'));
			const { violations, shadowNodesChecked } = await axeInside(frame);
			assert.deepEqual(violations, [], name);
			assert.ok(shadowNodesChecked > 0, name);
		}
	});

	it('serves widgets.js to other origins (a module script is fetched with CORS)', async () => {
		const response = await fetch(`${BASE}/widgets.js`, { headers: { origin: 'http://other.example' } });
		assert.equal(response.status, 200);
		assert.match(response.headers.get('content-type'), /javascript/);
		assert.equal(response.headers.get('access-control-allow-origin'), '*');
	});

	it('keeps the iframe pages within the page-weight budget', async () => {
		const embeds = {
			goal: `goal.html?goal=${encodeURIComponent(ids.goal.id)}`,
			'financial-statement': `financial-statement.html?statement=${encodeURIComponent(ids.statement.id)}`,
		};
		for (const name of Object.keys(embeds)) {
			const fresh = await openPage(browser);
			try {
				const measured = await measurePageWeight(fresh, `${BASE}/embed/${embeds[name]}`,
					(p) => p.locator('[data-kk-embed] [part=heading]').waitFor());
				await saveWeight(`embed-${name}`, measured);
				assert.ok(measured.bytes <= MAX_BYTES && measured.requests <= MAX_REQUESTS, describeWeight(measured));
			}
			finally {
				await closePage(fresh);
			}
		}
	});

	it('keeps widgets.js within 15 KB gzipped', () => {
		const size = gzipSync(readFileSync(WIDGETS_JS), { level: 9 }).length;
		assert.ok(size <= 15 * 1024, `${size} bytes`);
	});
});
