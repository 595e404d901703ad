// What a person does: search, filter, follow a figure to its source, download CSV, use the keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  PHONE, closePage, gotoPage, launchBrowser, mainText, normalizeSpaces, openPage, siteUrl, waitForPage,
} from '../lib/browser.mjs';
import { graphql } from '../lib/graphql.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function session(options, run) {
  const page = await openPage(browser, options);
  try {
    await run(page);
  } finally {
    await closePage(page);
  }
}

describe('start page search', () => {
  test('typing filters the list as you type and submitting opens the municipality', async () => {
    await session({ viewport: PHONE }, async (page) => {
      await gotoPage(page, 'index.html');
      await page.waitForSelector('form[data-kk-enhanced="true"]');
      await page.fill('#sok-kommun', 'enk');
      const results = page.locator('[data-kk-results] li');
      await page.waitForFunction(() => document.querySelectorAll('[data-kk-results] li').length >= 1
        && [...document.querySelectorAll('[data-kk-results] li')].every((li) => /enk/i.test(li.textContent.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))));
      assert.equal(await results.first().locator('a').textContent(), 'Enköping');
      await page.waitForFunction(() => /matchar/.test(document.querySelector('[data-kk-search-status]').textContent));
      await Promise.all([page.waitForURL(/kommun\.html\?id=enkoping$/), page.press('#sok-kommun', 'Enter')]);
      assert.equal(await waitForPage(page), 'ready');
      assert.equal(normalizeSpaces(await page.locator('h1').innerText()), 'Enköping');
      assert.deepEqual(page.problems, []);
    });
  });

  test('suggests all Swedish municipalities in the datalist and says when one has no reports', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'index.html');
      await page.waitForSelector('form[data-kk-enhanced="true"]');
      const options = await page.locator('#kk-kommuner option').count();
      const all = await graphql('{ municipalities(withReports: false) { id } }');
      assert.equal(options, all.municipalities.length);
      await page.fill('#sok-kommun', 'Kiruna');
      await page.waitForFunction(() => /inga rapporter ännu/.test(document.querySelector('[data-kk-results]').textContent));
    });
  });

  test('without JavaScript the start page is a form and a plain list of links that lead to the municipalities', async () => {
    await session({ javaScriptEnabled: false }, async (page) => {
      await page.goto(siteUrl('index.html'));
      const links = await page.locator('[data-kk-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links.sort(), ['kommun.html?id=enkoping', 'kommun.html?id=eskilstuna', 'kommun.html?id=haninge', 'kommun.html?id=sodertalje']);
      assert.equal(await page.getAttribute('form[data-kk-search]', 'action'), 'kommun.html');
      assert.equal(await page.getAttribute('form[data-kk-search]', 'method'), 'get');
    });
  });

  test('the form sent without JavaScript (a name, not an id) still finds the municipality', async () => {
    await session({}, async (page) => {
      assert.equal(await gotoPage(page, `kommun.html?id=${encodeURIComponent('Södertälje')}`), 'ready');
      assert.equal(normalizeSpaces(await page.locator('h1').innerText()), 'Södertälje');
      assert.match(page.url(), /id=sodertalje$/);
    });
  });
});

describe('goal filters', () => {
  test('choosing a status and a level narrows the goals and is kept in the URL', async () => {
    const data = await graphql('{ municipality(id: "enkoping") { goalStatusCounts { normalized count } } }');
    const partly = data.municipality.goalStatusCounts.find((c) => c.normalized === 'PARTLY');
    assert.ok(partly && partly.count > 0, 'Enköping has goals that are partly on track');
    await session({}, async (page) => {
      await gotoPage(page, 'mal.html?id=enkoping');
      const total = await page.locator('article.kk-goal').count();
      await page.selectOption('#filter-status', 'delvis');
      await page.waitForFunction(() => /status=delvis/.test(location.search));
      const shown = page.locator('article.kk-goal');
      assert.equal(await shown.count(), partly.count);
      const statuses = await shown.evaluateAll((articles) => articles.map((a) => a.querySelector('.kk-status__text').textContent));
      assert.ok(statuses.every((text) => /Delvis/.test(text)), statuses.join(', '));
      assert.match(await page.locator('.kk-filter__result').innerText(), new RegExp(`Visar ${partly.count} av ${total} mål`));

      await page.selectOption('#filter-niva', 'kf');
      await page.waitForFunction(() => /niva=kf/.test(location.search));
      const levels = await page.locator('article.kk-goal .kk-goal__number').allInnerTexts();
      assert.ok(levels.every((text) => /KF/i.test(text)), levels.join(', '));

      // the URL is shareable: opening it shows the same selection
      const url = page.url();
      await page.goto(url);
      await waitForPage(page);
      assert.equal(await page.inputValue('#filter-status'), 'delvis');
      assert.equal(await page.inputValue('#filter-niva'), 'kf');
      assert.equal(await page.locator('article.kk-goal').count(), levels.length);
      assert.deepEqual(page.problems, []);
    });
  });
});

describe('provenance', () => {
  test('a figure\'s source link opens the report text with exactly those lines highlighted and in view', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'ekonomi.html?id=enkoping');
      const row = page.locator('table', { has: page.locator('caption', { hasText: '7.1 Resultaträkning' }) })
        .locator('tr', { has: page.locator('th', { hasText: 'Summa totalt' }) }).first();
      const link = row.locator('a.kk-source-link');
      const href = await link.getAttribute('href');
      const target = new URL(href, page.url());
      const from = Number(target.searchParams.get('from'));
      const to = Number(target.searchParams.get('to'));
      assert.ok(from > 0 && to >= from, href);
      await Promise.all([page.waitForURL(/kalla\.html/), link.click()]);
      assert.equal(await waitForPage(page), 'ready');
      const numbers = await page.locator('#markerat li').evaluateAll((items) => items.map((li) => Number(li.value)));
      assert.deepEqual(numbers, Array.from({ length: to - from + 1 }, (_, i) => from + i));
      const highlighted = normalizeSpaces(await page.locator('#markerat').innerText());
      assert.match(highlighted, /Summa totalt \(mnkr\)/);
      assert.match(highlighted, /-237,2/, 'the source line holds the figure as printed');
      const inView = await page.locator('#markerat').evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      });
      assert.ok(inView, 'the highlighted lines are scrolled into view');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'markerat', 'focus moves to the highlighted lines');
      assert.deepEqual(page.problems, []);
    });
  });

  test('the source page pages through the report around the highlighted lines', async () => {
    const data = await graphql('{ reports(municipality: "sodertalje") { id lineCount } }');
    const report = data.reports[0];
    await session({}, async (page) => {
      await gotoPage(page, `kalla.html?report=${encodeURIComponent(report.id)}&from=975&to=997`);
      const first = async () => page.locator('ol.kk-source li').first().evaluate((li) => li.value);
      assert.equal(await first(), 960, 'the highlighted range is shown with 15 lines before it');
      const last = await page.locator('ol.kk-source li').last().evaluate((li) => li.value);
      assert.equal(last, report.lineCount, 'and up to the end of this report');
      await Promise.all([page.waitForURL(/visa=760/), page.locator('.kk-pager a', { hasText: 'Visa tidigare rader' }).first().click()]);
      await waitForPage(page);
      assert.equal(await first(), 760);
      assert.equal(await page.locator('ol.kk-source li').count(), 200);
      assert.equal(await page.locator('#markerat').count(), 0, 'the highlighted lines are outside this window');
      assert.equal(await page.locator('.kk-pager a', { hasText: 'Tillbaka till rad 975–997' }).count(), 2);
    });
  });

  test('a line range beyond the end of the report is explained', async () => {
    const data = await graphql('{ reports(municipality: "enkoping") { id lineCount } }');
    const report = data.reports[0];
    await session({}, async (page) => {
      assert.equal(await gotoPage(page, `kalla.html?report=${encodeURIComponent(report.id)}&from=${report.lineCount + 100}&to=${report.lineCount + 101}`), 'ready');
      assert.match(await page.locator('[role="alert"]').innerText(), new RegExp(`bara ${report.lineCount} rader`));
    });
  });

  test('every figure in the finance tables links to its source lines', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'ekonomi.html?id=sodertalje');
      const rows = await page.locator('table.kk-table tbody tr:not(.kk-table__section)').evaluateAll((trs) => trs.map((tr) => ({
        label: tr.cells[0].textContent.trim(),
        link: tr.querySelector('a.kk-source-link')?.getAttribute('href') || null,
      })));
      assert.ok(rows.length > 10);
      const missing = rows.filter((row) => !row.link || !/kalla\.html\?report=.+&from=\d+&to=\d+/.test(row.link));
      assert.deepEqual(missing, []);
    });
  });
});

describe('search in the reports', () => {
  test('bostad finds goals about bostäder in more than one municipality, with the words marked and links to the source', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'sok.html?q=bostad&typ=GOAL');
      assert.match(await page.locator('[data-kk-search-status]').textContent(), /^\d+ träff(ar)? för ”bostad”/);
      const hits = page.locator('.kk-hit');
      assert.ok(await hits.count() > 0);
      const municipalities = new Set(await hits.evaluateAll((items) => items.map((item) => item.dataset.municipality)));
      assert.ok(municipalities.size > 1, [...municipalities].join());
      assert.deepEqual(new Set(await hits.evaluateAll((items) => items.map((item) => item.dataset.kind))), new Set(['GOAL']));
      const marks = await page.locator('.kk-hit__snippet mark').allTextContents();
      assert.ok(marks.length > 0 && marks.every((mark) => /^bost[aä]/i.test(mark)), marks.join());
      const source = page.locator('.kk-hit .kk-source-link').first();
      assert.match(await source.getAttribute('href'), /^kalla\.html\?report=.+&from=\d+&to=\d+$/);
      assert.match(await page.locator('.kk-hit__title a').first().getAttribute('href'), /^mal\.html\?id=[a-z]+#mal-/);
    });
  });

  test('the form keeps words, municipality and kinds in the URL and narrows the hits', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'sok.html');
      await page.fill('#sok-ord', 'bostäder');
      await page.selectOption('#sok-kommun', 'sodertalje');
      await Promise.all([page.waitForURL(/sok\.html\?q=/), page.click('form[data-kk-search-form] button[type=submit]')]);
      await page.waitForSelector('main[data-kk-state="ready"]');
      assert.match(page.url(), /q=bost%C3%A4der/);
      assert.match(page.url(), /kommun=sodertalje/);
      assert.equal(await page.inputValue('#sok-kommun'), 'sodertalje');
      const municipalities = await page.locator('.kk-hit').evaluateAll((items) => items.map((item) => item.dataset.municipality));
      assert.ok(municipalities.length > 0);
      assert.deepEqual([...new Set(municipalities)], ['sodertalje']);
    });
  });

  test('every page links to the search from its header', async () => {
    await session({}, async (page) => {
      for (const path of ['index.html', 'mal.html?id=enkoping', 'om-api.html']) {
        await gotoPage(page, path);
        assert.equal(await page.locator('header nav a[href="sok.html"]').count(), 1, path);
      }
    });
  });
});

describe('CSV download', () => {
  test('a table downloads as CSV for Swedish Excel: UTF-8 BOM, semicolons, decimal comma', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'ekonomi.html?id=enkoping');
      const button = page.locator('.kk-csv button', { hasText: /7\.1 Resultaträkning/ }).first();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.match(download.suggestedFilename(), /^enkoping-delarsrapport-.*2023.*-7-1-resultatrakning.*\.csv$/);
      const bytes = await readFile(await download.path());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 byte order mark');
      const text = bytes.toString('utf8').slice(1);
      const lines = text.split('\r\n');
      // First the source: table, municipality, report with its period and address, page, date.
      assert.match(lines[0], /^Tabell;7\.1 Resultaträkning/);
      assert.equal(lines[1], 'Kommun;Enköping');
      assert.match(lines[2], /^Rapport;[^;]*Delårsrapport[^;]*;Period: [^;]*2023[^;]*;Källa: http:\/\/[^;]+\/kalla\.html\?report=/);
      assert.match(lines[3], /^Sida;http:\/\/[^;]+\/ekonomi\.html\?id=enkoping$/);
      assert.match(lines[4], /^Hämtad;\d{4}-\d{2}-\d{2}$/);
      assert.equal(lines[5], '');
      assert.match(lines[6], /^Post;Bokslut 2022/);
      const total = lines.find((line) => line.startsWith('Summa totalt (mnkr);'));
      assert.ok(total, text);
      assert.match(total, /;-211,2;/);
      assert.match(total, /;-237,2;/);
      assert.match(total, /;5,9;/);
    });
  });

  test('the same table downloads as JSON with its source and numbers as numbers', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'ekonomi.html?id=enkoping');
      const button = page.locator('.kk-csv button', { hasText: /Ladda ner JSON.*7\.1 Resultaträkning/ }).first();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.match(download.suggestedFilename(), /^enkoping-delarsrapport-.*-7-1-resultatrakning.*\.json$/);
      const json = JSON.parse(await readFile(await download.path(), 'utf8'));
      assert.deepEqual(json.source.municipalities, [{ id: 'enkoping', name: 'Enköping' }]);
      assert.equal(json.source.reports.length, 1);
      assert.match(json.source.reports[0].address, /\/kalla\.html\?report=/);
      assert.match(json.source.reports[0].period, /2023/);
      assert.match(json.header[0][1], /^Bokslut 2022/);
      const total = json.rows.find((row) => row[0] === 'Summa totalt (mnkr)');
      assert.ok(total, JSON.stringify(json.rows));
      assert.ok(total.includes(-237.2) && total.includes(-211.2) && total.includes(5.9), JSON.stringify(total));
    });
  });

  for (const path of ['mal.html?id=enkoping', 'ekonomi.html?id=eskilstuna', 'ataganden.html?id=eskilstuna',
    'kompassen.html?id=haninge', 'jamfor.html?id=enkoping&id=haninge&id=eskilstuna']) {
    test(`every downloadable table on ${path} names the municipalities and reports it comes from`, async () => {
      await session({}, async (page) => {
        await gotoPage(page, path);
        const sources = await page.$$eval('table[data-kk-csv]', (tables) => tables.map((table) => ({
          name: table.dataset.kkCsv, source: table.dataset.kkCsvSource ? JSON.parse(table.dataset.kkCsvSource) : null,
        })));
        assert.ok(sources.length > 0, 'the page has downloadable tables');
        for (const { name, source } of sources) {
          assert.ok(source, `${name}: no source`);
          assert.ok(source.municipalities.length > 0 && source.municipalities.every((m) => m.id && m.name), `${name}: ${JSON.stringify(source)}`);
          assert.ok(source.reports.length > 0 && source.reports.every((r) => r.id && r.title && r.period), `${name}: ${JSON.stringify(source)}`);
        }
      });
    });
  }
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'mal.html?id=enkoping');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.className), 'kk-skip-link');
      const top = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
      assert.ok(top >= 0, `the focused skip link is on screen (top ${top})`);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'innehall');
    });
  });

  test('a table too wide for a phone can be scrolled from the keyboard; one that fits is no extra tab stop', async () => {
    await session({ viewport: PHONE }, async (page) => {
      await gotoPage(page, 'ekonomi.html?id=enkoping');
      const wide = page.locator('.kk-table-scroll', { has: page.locator('caption', { hasText: '7.1 Resultaträkning' }) });
      assert.equal(await wide.getAttribute('tabindex'), '0');
      assert.equal(await wide.getAttribute('role'), 'region');
      assert.match(await wide.evaluate((area) => document.getElementById(area.getAttribute('aria-labelledby')).textContent), /7\.1 Resultaträkning/);
      await wide.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await wide.evaluate((area) => new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => (area.scrollLeft > 0 ? resolve() : Date.now() - started > 3000
          ? reject(new Error('arrow keys did not scroll the table')) : requestAnimationFrame(check));
        check();
      }));
    });
    await session({}, async (page) => {
      await gotoPage(page, 'kompassen.html?id=haninge');
      const fits = page.locator('.kk-table-scroll').first();
      assert.equal(await fits.getAttribute('tabindex'), null);
      assert.equal(await fits.getAttribute('role'), null);
    });
  });

  test('the goal filter works with the keyboard alone', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'mal.html?id=enkoping');
      await page.focus('#filter-status');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => /status=/.test(location.search));
      const focused = await page.evaluate(() => document.activeElement.id);
      assert.equal(focused, 'filter-status', 'focus stays on the filter while the list updates');
    });
  });
});

describe('the API address is a setting', () => {
  // The page comes from the server as it is; a script set up before it loads fills in the
  // setting as a site owner would in the HTML (a rewritten response would lose its address
  // and Chromium would then refuse it the loopback API).
  const otherOrigin = () => {
    const base = new URL(siteUrl(''));
    return `${base.protocol}//localhost:${base.port}/graphql`;
  };

  async function renderWith(page, setting) {
    const asked = [];
    // Queries go by GET, their parameters in the URL: the address is what comes before.
    page.on('request', (request) => {
      const url = request.url().split('?')[0];
      if (/graphql/.test(url) && !asked.includes(url)) asked.push(url);
    });
    await page.addInitScript(setting.script, setting.arg);
    assert.equal(await gotoPage(page, 'kommun.html?id=haninge'), 'ready', await mainText(page));
    assert.deepEqual(asked, [setting.arg]);
    assert.match(await mainText(page), /504 av/);
    assert.deepEqual(page.problems, []);
  }

  test('<meta name="kk-api" content="…"> points the page at another origin, which allows it (CORS)', async () => {
    await session({}, (page) => renderWith(page, {
      arg: otherOrigin(),
      script: (url) => {
        new MutationObserver((changes, observer) => {
          const meta = document.querySelector('meta[name="kk-api"]');
          if (meta) {
            meta.setAttribute('content', url);
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      },
    }));
  });

  test('window.KK_API (for example from a config.js) works when the meta is empty', async () => {
    await session({}, (page) => renderWith(page, {
      arg: otherOrigin(),
      script: (url) => { window.KK_API = url; },
    }));
  });
});

describe('print', () => {
  test('on paper the navigation and buttons are hidden and the content stays', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'ekonomi.html?id=enkoping');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.kk-nav').isVisible(), false);
      assert.equal(await page.locator('.kk-subnav').isVisible(), false);
      assert.equal(await page.locator('.kk-csv').first().isVisible(), false);
      assert.equal(await page.locator('table.kk-table').first().isVisible(), true);
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10000, 'prints to a PDF');
    });
  });
});

describe('comparison', () => {
  test('compares the evaluated areas, goal status on one scale and indicators whose names match', async () => {
    await session({}, async (page) => {
      await gotoPage(page, 'jamfor.html?id=enkoping&id=eskilstuna&id=haninge');
      const text = await mainText(page);
      assert.match(text, /Kommunkompassen: poäng per område/);
      assert.match(text, /Haninge 2023/);
      assert.match(text, /Antal mål per bedömning/);
      const captions = await page.locator('caption').allInnerTexts();
      const engagement = captions.find((caption) => /medarbetarengagemang/i.test(caption));
      assert.ok(engagement, `an indicator table for medarbetarengagemang (HME): ${captions.join(' | ')}`);
      const municipalities = await page.locator('table', { has: page.locator('caption', { hasText: engagement }) })
        .locator('tbody th').allInnerTexts();
      assert.ok(municipalities.includes('Enköping') && municipalities.includes('Eskilstuna'), municipalities.join(', '));
      assert.equal(await page.isChecked('input[name="id"][value="haninge"]'), true);
      assert.deepEqual(page.problems, []);
    });
  });
});
