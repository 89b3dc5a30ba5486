// Offline play: the service worker (Workbox, precaching the whole game) is registered on a
// first visit; then the network goes, and a case never opened loads, plays, survives a reload
// and continues, with its art, story chunk and sound files all from the cache.
import { describe, expect, it } from 'vitest';
import { gameErrors, openGame, phase, useBrowser } from './browser';
import { advanceLines } from './keyboardPlayer';

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage

describe('offline', () => {
  it('a class that loaded the game once plays a case it never opened with the network gone, reloads, continues', async () => {
    const page = await openGame(browserFor(), { query: 'sw=1' });
    // The worker has precached everything and controls the page.
    await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true' && navigator.serviceWorker.controller !== null);
    const manifest = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? null);
    expect(manifest, 'installable: the page links its web app manifest').toMatch(/manifest\.webmanifest$/);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.context().setOffline(true);
    // The network is really gone: a file the worker does not keep cannot be fetched.
    expect(await page.evaluate(() => fetch(`game-files.json?probe=${Date.now()}`).then(() => 'reached', () => 'offline'))).toBe('offline');
    failed.length = 0;

    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('[data-case="drammen-1"]');
    expect(await phase(page)).toBe('line');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await advanceLines(page, (p) => p === 'line');
    await page.waitForFunction(() => localStorage.getItem('exhibit-1937/save/drammen-1') !== null);
    const line = await page.textContent('#line-text');

    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#btn-continue');
    expect(await phase(page)).toBe('line');
    expect(await page.textContent('#line-text')).toBe(line);
    expect(failed, 'every file came from the cache').toEqual([]);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
