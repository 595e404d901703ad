// The widget builder page against a running Kommunkollen server with the sample reports
// imported. KK_BASE_URL names the server (default http://localhost:8082).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = (process.env.KK_BASE_URL || 'http://localhost:8082').replace(/\/$/, '');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function sickLeaveGoal() {
	const response = await fetch(`${BASE}/graphql`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ query: `{ goals(first: 100, filter: {municipality: "enkoping"}) {
			edges { node { id number title indicators { name } } } } }` }),
	});
	const { data } = await response.json();
	const goal = data.goals.edges.map((e) => e.node).find((g) => g.indicators.some((i) => i.name.includes('Sjukfrånvarostatistik')));
	assert.ok(goal, 'Enköping has the goal on sick leave');
	return goal;
}

describe('widget builder', () => {
	let browser;
	let page;
	let goal;
	const pageErrors = [];

	before(async () => {
		goal = await sickLeaveGoal();
		browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
		page = await context.newPage();
		page.on('pageerror', (error) => pageErrors.push(error));
		await page.goto(`${BASE}/widget-builder.html`);
		await page.locator('#municipality option[value=enkoping]').waitFor({ state: 'attached' });
	});

	after(async () => {
		await browser?.close();
	});

	it('fills the goal picker from the API and previews the chosen goal', async () => {
		await page.check('#w-goal');
		await page.selectOption('#municipality', 'enkoping');
		await page.locator(`#goal option[value="${goal.id}"]`).waitFor({ state: 'attached' });
		await page.selectOption('#goal', goal.id);
		const heading = page.locator('#preview kk-goal [part=heading]');
		await heading.waitFor();
		assert.ok((await heading.innerText()).includes(goal.title));
		const snippet = await page.inputValue('#snippet');
		assert.ok(snippet.includes(`<script type="module" src="${BASE}/widgets.js"></script>`), snippet);
		assert.ok(snippet.includes(`<kk-goal goal="${goal.id}">`), snippet);
		assert.ok(snippet.includes(`${BASE}/mal.html?kommun=enkoping`), 'the fallback links to the site');
	});

	it('puts the options into the snippet and the preview', async () => {
		await page.check('#hide-indicators');
		await page.selectOption('#heading-level', '3');
		const snippet = await page.inputValue('#snippet');
		assert.ok(snippet.includes(`<kk-goal goal="${goal.id}" heading-level="3" hide-indicators>`), snippet);
		await page.locator('#preview kk-goal h3').waitFor();
		assert.equal(await page.locator('#preview kk-goal table').count(), 0);
		await page.uncheck('#hide-indicators');
		await page.selectOption('#heading-level', '2');
	});

	it('copies the snippet with the copy button', async () => {
		await page.click('#copy');
		await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
		assert.equal(await page.locator('#copy-status').innerText(), 'Koden är kopierad.');
		assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#snippet'));
	});

	it('gives an iframe snippet whose page shows the goal', async () => {
		await page.check('#mode-iframe');
		const snippet = await page.inputValue('#snippet');
		assert.ok(snippet.includes(`src="${BASE}/embed/goal.html?goal=${encodeURIComponent(goal.id)}&amp;id=`), snippet);
		assert.match(snippet, /<iframe id="[^"]+" title="[^"]+ – Kommunkollen"/);
		const frame = page.frameLocator('#preview iframe');
		await frame.locator('kk-goal [part=heading]').waitFor();
		assert.ok((await frame.locator('kk-goal [part=heading]').innerText()).includes(goal.title));
		await page.check('#mode-script');
	});

	it('offers tables and indicators of the municipality', async () => {
		await page.check('#w-statement');
		await page.locator('#statement option', { hasText: '7.1 Resultaträkning' }).waitFor({ state: 'attached' });
		await page.check('#w-indicator');
		await page.locator('#indicator option', { hasText: '23. a Sjukfrånvarostatistik' }).waitFor({ state: 'attached' });
		assert.equal(await page.locator('#statement').isVisible(), false, 'only the chosen widget\'s picker is shown');
	});

	it('has no WCAG 2.1 A/AA violations and no script errors', async () => {
		await page.check('#w-goals-summary');
		await page.locator('#preview kk-goals-summary [part=heading]').waitFor();
		await page.addScriptTag({ content: axeSource });
		const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
		assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`), []);
		assert.deepEqual(pageErrors.map(String), []);
	});
});
