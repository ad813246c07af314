import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [path, w, name] of [['/guide/', 1200, 'index'], ['/guide/summary-components/', 1200, 'components'], ['/guide/errors/', 390, 'errors-phone'], ['/guide/example/', 1200, 'example'], ['/guide/datasets/', 1200, 'datasets']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 1000 } });
  await page.goto(`http://localhost:8616${path}`);
  await page.screenshot({ path: `/tmp/i16g-${name}.png`, fullPage: false });
  await page.close();
}
await browser.close();
