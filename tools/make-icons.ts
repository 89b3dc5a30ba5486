// Rasterises assets/icons/icon.svg to the PNG sizes the web app manifest lists (192, 512),
// with Debian's Chromium (the browser the tests use): `npx tsx tools/make-icons.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('assets/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
  writeFileSync(`assets/icons/icon-${size}.png`, await page.screenshot({ omitBackground: false }));
  await page.close();
}
await browser.close();
