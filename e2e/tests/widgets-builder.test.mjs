// The widget builder page, against the server e2e/run.sh starts (KK_BASE_URL) with the
// sample reports imported.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, launchBrowser, openPage, siteUrl, baseUrl } from '../lib/browser.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';
import { graphql } from '../lib/graphql.mjs';

const BASE = baseUrl();

async function sickLeaveGoal() {
	const data = await graphql(`{ goals(first: 100, filter: {municipality: "enkoping"}) {
		edges { node { id number title indicators { name } } } } }`);
	const goal = data.goals.edges.map((e) => e.node).find((g) => g.indicators.some((i) => i.name.includes('Sjukfrånvarostatistik')));
	assert.ok(goal, 'Enköping has the goal on sick leave');
	return goal;
}

describe('widget builder', () => {
	let browser;
	let page;
	let goal;

	before(async () => {
		goal = await sickLeaveGoal();
		browser = await launchBrowser();
		page = await openPage(browser);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
		await page.goto(siteUrl('widget-builder.html'));
		await page.locator('#municipality option[value=enkoping]').waitFor({ state: 'attached' });
	});

	after(async () => {
		if (page) {
			await closePage(page);
		}
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
		assert.ok(snippet.includes(`${BASE}/mal.html?id=enkoping`), 'the fallback links to the site');
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

	it('limits the goals summary to one report when a report is picked', async () => {
		await page.check('#w-goals-summary');
		await page.locator('#report option[value=""]').waitFor({ state: 'attached' });
		const reportId = await page.locator('#report option:not([value=""])').first().getAttribute('value');
		await page.selectOption('#report', reportId);
		assert.ok((await page.inputValue('#snippet')).includes(`<kk-goals-summary municipality="enkoping" report="${reportId}">`));
		await page.locator('#preview kk-goals-summary [part=widget]', { hasText: 'mål i rapporten' }).waitFor();
		await page.selectOption('#report', '');
		assert.ok((await page.inputValue('#snippet')).includes('<kk-goals-summary municipality="enkoping">'));
	});

	it('has no WCAG 2.1 A/AA violations and no script errors', async () => {
		await page.check('#w-goals-summary');
		await page.locator('#preview kk-goals-summary [part=heading]').waitFor();
		const violations = await axeViolations(page);
		assert.deepEqual(violations, [], formatViolations(violations));
		assert.deepEqual(page.problems, []);
	});
});
