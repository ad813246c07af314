import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const pages = ['/guide/', ...readdirSync('dist/guide', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/guide/${d.name}/`)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 800 }]) {
  const context = await browser.newContext({ viewport });
  for (const path of pages) {
    const page = await context.newPage();
    await page.goto(`http://localhost:8616${path}`);
    await page.addScriptTag({ content: axe });
    const v = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((x) => `${x.id}: ${x.nodes.length} ${x.nodes[0]?.html.slice(0, 120)}`));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(viewport.width, path, v.length ? v : 'ok', width > viewport.width ? `OVERFLOW ${width}` : '');
    await page.close();
  }
  await context.close();
}
await browser.close();
