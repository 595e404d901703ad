// The site's own helpers, run in the browser they are written for: Swedish numbers, CSV for
// Excel that names its source, the allow-list for the API's HTML, label wrapping.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, launchBrowser, openPage, siteUrl } from '../lib/browser.mjs';

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(siteUrl('tillganglighet.html'));
});
after(async () => {
  await closePage(page);
  await browser?.close();
});

// The test's code is sent as a string that the browser evaluates as the test harness, not as
// the page: the page's Content-Security-Policy forbids it `new Function`.
const run = (body, arg) => page.evaluate(`(async () => {
  const core = Object.assign({}, ...await Promise.all(['format', 'dom', 'sanitize', 'csv', 'vocabulary']
    .map((name) => import('/js/' + name + '.js'))));
  const charts = await import('/js/charts.js');
  const arg = ${arg === undefined ? 'undefined' : JSON.stringify(arg)};
  ${body}
})()`);

test('numbers are written the Swedish way: decimal comma, space between thousands, a real minus sign', async () => {
  const formatted = await run(`return [
    core.formatNumber(-237.2), core.formatNumber(15580), core.formatNumber(-1155), core.formatNumber(5.9),
    core.formatNumber(0, 1), core.formatNumber(null), core.formatWithUnit(7.5, '%'), core.formatWithUnit(77, 'index'),
    core.formatNumber(283116, 0),
  ];`);
  assert.deepEqual(formatted.map((text) => text.replace(/[\u00a0\u202f]/g, ' ')),
    ['−237,2', '15 580', '−1 155', '5,9', '0,0', '', '7,5 %', '77', '283 116']);
});

test('a table becomes CSV for Swedish Excel: BOM, semicolons, decimal comma, quoted fields, CRLF', async () => {
  const csv = await run(`
    const table = document.createElement('table');
    table.innerHTML = '<caption>T</caption><thead><tr><th>Post</th><th>Budget</th></tr></thead>'
      + '<tbody><tr><th>Summa; totalt "mnkr"</th><td data-csv="-237,2">−237,2</td></tr>'
      + '<tr><th colspan="2">Intäkter</th></tr></tbody>';
    return core.tableToCsv(table);`);
  assert.equal(csv, '\ufeffPost;Budget\r\n"Summa; totalt ""mnkr""";-237,2\r\nIntäkter;\r\n');
  assert.equal(await run('return core.csvNumber(arg);', -237.2), '-237,2');
});

test('a table with a source starts its CSV with where it comes from, and its JSON says the same', async () => {
  const [csv, json, name] = await run(`
    const table = document.createElement('table');
    table.dataset.kkCsv = 'Driftredovisning (miljoner kronor)';
    table.dataset.kkCsvSource = core.tableSource([{ id: 'enkoping', name: 'Enköping' }],
      [{ id: 'r1', title: 'Delårsrapport 2023', periodLabel: 'januari–augusti 2023' }, { id: 'r1', title: 'Delårsrapport 2023' }]);
    table.innerHTML = '<thead><tr><th>Post</th><th>Budget</th></tr></thead><tbody><tr><th>Summa</th><td data-csv="-237,2">−237,2</td></tr></tbody>';
    return [core.tableToCsv(table), JSON.parse(core.tableToJson(table)), core.downloadName(table, table.dataset.kkCsv, 'csv')];`);
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines[0], 'Tabell;Driftredovisning (miljoner kronor)');
  assert.equal(lines[1], 'Kommun;Enköping');
  assert.match(lines[2], /^Rapport;Delårsrapport 2023;Period: januari–augusti 2023;Källa: http:\/\/.+\/kalla\.html\?report=r1$/);
  assert.match(lines[3], /^Sida;http:\/\/.+\/tillganglighet\.html$/);
  assert.match(lines[4], /^Hämtad;\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(lines.slice(5), ['', 'Post;Budget', 'Summa;-237,2', '']);
  assert.deepEqual(json.header, [['Post', 'Budget']]);
  assert.deepEqual(json.rows, [['Summa', -237.2]]);
  assert.equal(json.source.reports.length, 1, 'a report named twice is listed once');
  assert.equal(name, 'enkoping-delarsrapport-2023-januari-augusti-2023-driftredovisning-miljoner-kronor.csv');
});

test('the API\'s HTML keeps only p, ul, ol, li, em, strong and br, without attributes', async () => {
  const html = await run(`
    const box = document.createElement('div');
    box.append(core.safeHtml(arg));
    return box.innerHTML;`, '<p onclick="x()">Text <i>kursiv</i><script>alert(1)</script><img src=x onerror=alert(1)></p><ul><li><a href="javascript:x">länk</a></li></ul>');
  assert.equal(html, '<p>Text <em>kursiv</em></p><ul><li>länk</li></ul>');
});

test('text from the API is never read as HTML', async () => {
  const html = await run(`return core.h('p', null, arg).outerHTML;`, '<img src=x onerror=alert(1)>');
  assert.equal(html, '<p>&lt;img src=x onerror=alert(1)&gt;</p>');
});

test('long chart labels wrap at spaces within the width', async () => {
  const lines = await run(`return charts.wrapLabel(arg, 20);`, '8. Chef- och ledarskap samt medarbetarskap');
  assert.deepEqual(lines, ['8. Chef- och', 'ledarskap samt', 'medarbetarskap']);
  assert.ok(lines.every((line) => line.length <= 20));
});

test('indicator values are named with their kind when the header lacks it', async () => {
  const labels = await run(`return arg.map(core.valueLabel);`, [
    { kind: 'OUTCOME', period: 'aug 2023' }, { kind: 'BASELINE', period: 'Startläge' },
    { kind: 'TARGET', period: 'Mål 2023' }, { kind: 'OUTCOME', period: 'Utfall 2020' }, { kind: 'TARGET', period: '' },
  ]);
  assert.deepEqual(labels, ['Utfall aug 2023', 'Startläge', 'Mål 2023', 'Utfall 2020', 'Mål']);
});
