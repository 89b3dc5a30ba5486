import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(url + '?test=1');
await page.waitForSelector('html[data-ready="true"]');
await page.click('[data-case="prologue"]');
const dims = () => page.evaluate(() => { const c = document.querySelector('#stage canvas'); const r = c.getBoundingClientRect(); const p = document.getElementById('stage').getBoundingClientRect(); return { canvas: [r.width, r.height, r.top], stage: [p.width, p.height, p.top], style: c.style.cssText }; });
console.log('line', await dims());
for (let i = 0; i < 200; i++) { if (await page.isVisible('#testimony')) break; await page.keyboard.press('Enter'); }
console.log('cross now', await dims());
await page.waitForTimeout(1000);
console.log('cross 1s', await dims());
await browser.close(); server.httpServer.close();
