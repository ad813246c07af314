import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
for (const p of ['/guide/charts/', '/guide/metrics/']) {
  await page.goto(`http://localhost:8616${p}`);
  console.log(p, await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 361 && !e.closest('.table-scroll')).slice(0, 4).map((e) => `${e.tagName} ${e.outerHTML.slice(0, 100)}`)));
}
await browser.close();
