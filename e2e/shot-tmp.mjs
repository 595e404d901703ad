import { chromium } from 'playwright-core';
const [url, width, ...sels] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 800 } });
await p.goto(url); await p.waitForTimeout(2500);
for (const s of sels) await p.locator(s).screenshot({ path: `/tmp/widgets-dev/real-${s.replace(/\W/g,'')}-${width}.png` });
await b.close();
