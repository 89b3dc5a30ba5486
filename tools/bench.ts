// `npm run bench`: prints figures, asserts nothing. The production bundle's size (gzip),
// and the time from navigation to an interactive title screen in headless Chromium.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}
const files = walk('dist');
let raw = 0;
let gz = 0;
const rows: string[] = [];
for (const f of files.filter((f) => /\.(js|css|html)$/.test(f))) {
  const buf = readFileSync(f);
  const g = gzipSync(buf).length;
  raw += buf.length;
  gz += g;
  rows.push(`  ${f.padEnd(44)} ${(buf.length / 1024).toFixed(1).padStart(8)} KB  ${(g / 1024).toFixed(1).padStart(7)} KB gz`);
}
const total = files.reduce((n, f) => n + statSync(f).size, 0);
console.log('Bundle (code):');
console.log(rows.join('\n'));
console.log(`  code total: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`);
console.log(`  dist/ with art and sound: ${(total / 1024 / 1024).toFixed(2)} MB in ${files.length} files`);
console.log(`  ink compiler in bundle: ${files.some((f) => /\.js$/.test(f) && readFileSync(f, 'utf8').includes('InkParser')) ? 'YES (should not be)' : 'no'}`);

const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking'] });
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"] .case-card');
  await page.waitForFunction(() => document.activeElement?.classList.contains('case-card') || document.activeElement?.id === 'btn-continue');
  times.push(Date.now() - t0);
  await page.context().close();
}
await browser.close();
server.httpServer.close();
times.sort((a, b) => a - b);
console.log(`Title screen interactive after navigation (5 runs, ms): ${times.join(', ')}; median ${times[2]} ms`);
