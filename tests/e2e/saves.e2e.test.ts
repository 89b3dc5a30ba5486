// Saves that cannot be read, in the browser: a valid envelope whose court-record slice is
// damaged (once an uncaught "TypeError: e.held is not iterable" and a blank stage), and a
// save cut off mid-way (once a Continue that vanished without a word). Both end in a
// message with two choices: start again, or download the damaged save.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gameErrors, openGame, phase, saveSettled, screenshot, useBrowser } from './browser';
import { advanceLines, advanceToCross } from './keyboardPlayer';

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage
const KEY = 'exhibit-1937/save/prologue';

async function playABit(page: Page): Promise<void> {
  await page.click('[data-case="prologue"]');
  await advanceLines(page);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  await saveSettled(page);
}

async function reloadToTitle(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
}

async function expectTwoChoices(page: Page): Promise<void> {
  await page.waitForSelector('#title-screen [role="alert"]');
  expect(await page.textContent('#title-screen [role="alert"]')).toMatch(/could not be read.*start the case again, or download the damaged save/s);
  expect(await page.isVisible('#btn-restart-case')).toBe(true);
  expect(await page.isVisible('#btn-download-save')).toBe(true);
}

describe('saves that cannot be read', () => {
  it('a damaged slice in a valid envelope: Continue explains, offers the download, and starts again', async () => {
    const page = await openGame(browserFor());
    await playABit(page);
    await page.evaluate((key) => {
      const save = JSON.parse(localStorage.getItem(key)!);
      save.slices.record.data.held = 7;
      localStorage.setItem(key, JSON.stringify(save));
    }, KEY);
    await reloadToTitle(page);
    await page.click('#btn-continue');
    await expectTwoChoices(page);
    expect(await page.textContent('#title-screen [role="alert"]')).toMatch(/"record" part is damaged/);
    expect(await page.isVisible('#btn-continue')).toBe(false); // a Continue that would fail again is gone
    await screenshot(page, 'save-damaged-slice');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-download-save')]);
    expect(download.suggestedFilename()).toBe('exhibit-1937-damaged-save-prologue.json');
    await page.click('#btn-restart-case');
    expect(await phase(page)).toBe('line');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a truncated save: the title says it could not be read, instead of hiding Continue', async () => {
    const page = await openGame(browserFor());
    await playABit(page);
    await page.evaluate((key) => {
      const raw = localStorage.getItem(key)!;
      localStorage.setItem(key, raw.slice(0, Math.floor(raw.length / 2)));
    }, KEY);
    await reloadToTitle(page);
    await expectTwoChoices(page);
    expect(await page.isVisible('#btn-continue')).toBe(false);
    await screenshot(page, 'save-truncated');
    await page.click('#btn-restart-case');
    expect(await phase(page)).toBe('line');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a save from before an update of the case continues at the start of its cross-examination', async () => {
    const page = await openGame(browserFor());
    await page.click('[data-case="prologue"]');
    await advanceToCross(page);
    await page.keyboard.press('ArrowRight');
    await saveSettled(page);
    const held = await page.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
    await page.evaluate((key) => {
      const save = JSON.parse(localStorage.getItem(key)!);
      save.contentVersion = 'deadbeef'; // as if the case's ink had been edited since
      localStorage.setItem(key, JSON.stringify(save));
    }, KEY);
    await reloadToTitle(page);
    await page.click('#btn-continue');
    expect(await phase(page)).toBe('cross');
    expect(await page.textContent('#testimony')).toMatch(/updated since your game was saved/);
    expect(await page.getAttribute('#testimony .statement', 'data-statement')).toBe('s1');
    expect(await page.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[])).toEqual(held);
    await screenshot(page, 'save-after-content-update');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
