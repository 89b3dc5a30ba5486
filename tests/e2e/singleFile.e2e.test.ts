// The one-file build (npm run build:single) opened from disk (file://), as from a USB stick:
// it starts, plays, saves and continues, with its art, sound and fonts inside the file and no
// request for anything outside it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gameErrors, phase, useBrowser } from './browser';
import { advanceLines } from './keyboardPlayer';

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage
const FILE = resolve('dist-single/exhibit-1937.html');

describe('one file', () => {
  it('plays from file:// with art, sound and fonts inside, and continues after a reload', async () => {
    expect(existsSync(FILE), 'npm run test:browser builds dist-single/ (npm run build:single)').toBe(true);
    const context = await browserFor().newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if ((m.type() === 'error' && !/GPU stall|WebGL/.test(m.text())) || /failed to load|could not load/i.test(m.text())) errors.push(m.text());
    });
    page.on('request', (r) => {
      if (!/^(data|blob|file):/.test(r.url())) outside.push(r.url());
    });
    (page as any).gameErrors = errors;
    await page.goto(`${pathToFileURL(FILE).href}?test=1`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('[data-case="prologue"]');
    expect(await phase(page)).toBe('line');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await advanceLines(page, (p) => p === 'line');
    // Art: the stage drew a background from the SVG inside the file.
    await page.waitForFunction(() => (window as any).__TEST__.stage.snapshot().drawnBackground);
    // Sound: the effects sprite decoded from the MP3 inside the file.
    await page.waitForFunction(() => (window as any).__TEST__.audio.sfx?.state() === 'loaded');
    // Fonts: the game's serif came from the file, not from the system.
    expect(await page.evaluate(async () => (await document.fonts.load('16px "DejaVu Serif"')).length)).toBeGreaterThan(0);
    await page.waitForFunction(() => localStorage.getItem('exhibit-1937/save/prologue') !== null);
    const line = await page.textContent('#line-text');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#btn-continue');
    expect(await phase(page)).toBe('line');
    expect(await page.textContent('#line-text')).toBe(line);
    expect(outside, 'nothing is fetched from outside the file').toEqual([]);
    expect(gameErrors(page)).toEqual([]);
    await context.close();
  });
});
