// Look, sound and access in headless Chromium: an axe-core audit of the main screens, each
// setting taking effect and surviving a reload, the backlog after a reload, and screenshots
// at four screen sizes (artifacts/screenshots/sizes/) with no page scrolling.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gameErrors, openGame, phase, screenshot, SCREENSHOTS, useBrowser } from './browser';
import { advanceToCross } from './keyboardPlayer';
import { audit } from './axe';

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage

/** Visible controls smaller than 44 x 44 px (a radio or checkbox counts with its label). */
async function smallTargets(page: Page): Promise<Array<{ what: string | null | undefined; w: number; h: number }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, a[href]')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden], dialog:not([open])'))
      .map((el) => {
        const r = (el.closest('label') ?? el).getBoundingClientRect();
        return { what: el.id || el.getAttribute('data-action') || el.getAttribute('name') || el.textContent?.trim().slice(0, 20), w: r.width, h: r.height };
      })
      .filter((b) => b.w < 44 || b.h < 44),
  );
}

/** After a resize: the stage refits in a ResizeObserver, which has run once two frames have been drawn. */
async function refitted(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
}

async function openSettings(page: Page): Promise<void> {
  await page.keyboard.press('s');
  await page.waitForSelector('#settings-dialog[open]');
}

async function closeDialog(page: Page, id: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector(`#${id}:not([open])`, { state: 'attached' });
}

/** Opens settings by keyboard, runs fn on the dialog, closes it with Esc. */
async function withSettings(page: Page, fn: () => Promise<void>): Promise<void> {
  await openSettings(page);
  await fn();
  await closeDialog(page, 'settings-dialog');
}

const html = (page: Page, cls: string) => page.evaluate((c) => document.documentElement.classList.contains(c), cls);

async function startPrologue(page: Page): Promise<void> {
  await page.focus('[data-case="prologue"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#dialogue:not([hidden])');
}

describe('accessibility audit (axe-core)', () => {
  it('finds no problem of any impact on the title, a line, a cross-examination, the court record (browsing and presenting), settings and backlog', async () => {
    const page = await openGame(browserFor());
    expect(await page.getAttribute('#stage', 'aria-label')).toMatch(/Title picture/);
    await audit(page, 'the title screen');
    expect(await smallTargets(page)).toEqual([]);
    await openSettings(page);
    await audit(page, 'the settings dialog');
    expect(await smallTargets(page)).toEqual([]);
    await closeDialog(page, 'settings-dialog');
    await startPrologue(page);
    await audit(page, 'a dialogue line');
    await advanceToCross(page);
    await audit(page, 'a cross-examination');
    expect(await page.getAttribute('#stage', 'role')).toBe('img');
    expect(await page.getAttribute('#stage', 'aria-label')).toMatch(/island|house|road|court/i);
    expect(await smallTargets(page)).toEqual([]);
    await page.keyboard.press('r');
    await page.waitForSelector('#record-dialog[open]');
    await audit(page, 'the court record');
    await closeDialog(page, 'record-dialog');
    await page.keyboard.press('e');
    await page.waitForSelector('#record-dialog[open]');
    expect(await page.textContent('#record-heading')).toBe('Present evidence');
    await audit(page, 'the court record, presenting');
    await closeDialog(page, 'record-dialog');
    await page.keyboard.press('b');
    await page.waitForSelector('#backlog-dialog[open]');
    await audit(page, 'the backlog');
    await closeDialog(page, 'backlog-dialog');
    await openSettings(page);
    await page.check('#settings-dialog input[name="highContrast"]');
    await closeDialog(page, 'settings-dialog');
    await audit(page, 'a cross-examination in high contrast');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('finds no problem of any impact on the teacher page, the class view, the guide, the primer, the answer key and the worksheet', async () => {
    const page = await openGame(browserFor());
    for (const route of ['teacher', 'class', 'guide', 'primer', 'key', 'worksheet']) {
      await page.evaluate((r) => (location.hash = `#${r}`), route);
      await page.waitForSelector(`#classroom-page[data-page="${route}"]`);
      expect(await page.locator('h1:visible').count(), `one visible h1 on #${route}`).toBe(1);
      await audit(page, `#${route}`);
    }
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

});

describe('settings take effect and survive a reload', () => {
  it('text size', async () => {
    const page = await openGame(browserFor());
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const base = await size();
    await withSettings(page, () => page.check('#settings-dialog input[name="textSize"][value="175"]'));
    expect(await size()).toBeCloseTo(base * 1.75, 1);
    await reload(page);
    expect(await size()).toBeCloseTo(base * 1.75, 1);
    await page.context().close();
  });

  it('dyslexia-friendly font', async () => {
    const page = await openGame(browserFor());
    await withSettings(page, () => page.check('#settings-dialog input[name="dyslexiaFont"]'));
    expect(await html(page, 'dyslexic')).toBe(true);
    await reload(page);
    expect(await html(page, 'dyslexic')).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.title-inner h1')!).fontFamily)).toMatch(/OpenDyslexic/);
    expect(await page.evaluate(async () => (await document.fonts.load('700 20px OpenDyslexic')).length)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('high contrast', async () => {
    const page = await openGame(browserFor());
    await withSettings(page, () => page.check('#settings-dialog input[name="highContrast"]'));
    expect(await html(page, 'high-contrast')).toBe(true);
    await reload(page);
    expect(await html(page, 'high-contrast')).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.title-inner')!).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  it('reduced motion follows the device, and can be forced off and on', async () => {
    const page = await openGame(browserFor()); // the browser asks for reduced motion
    // The stage is built after the title (stage/lazyStage.ts): build it to ask it.
    const stageReduced = () => page.evaluate(async () => {
      const stage = await (window as any).__TEST__.stage.load();
      await stage.whenDrawn(); // the scene exists
      return stage.game.scene.getScene('Courtroom').reducedMotion as boolean;
    });
    expect(await html(page, 'reduce-motion')).toBe(true);
    expect(await stageReduced()).toBe(true);
    await withSettings(page, () => page.check('#settings-dialog input[name="motion"][value="full"]'));
    expect(await html(page, 'reduce-motion')).toBe(false);
    expect(await stageReduced()).toBe(false);
    await reload(page);
    expect(await html(page, 'full-motion')).toBe(true);
    expect(await stageReduced()).toBe(false);
    await withSettings(page, () => page.check('#settings-dialog input[name="motion"][value="reduce"]'));
    await reload(page);
    expect(await html(page, 'reduce-motion')).toBe(true);
    await page.context().close();
  });

  it('text speed: the line types out, the first Enter completes it, the second goes on; the live region has it whole', async () => {
    const page = await openGame(browserFor());
    await withSettings(page, async () => {
      await page.check('#settings-dialog input[name="motion"][value="full"]'); // the test browser asks for reduced motion
      await page.check('#settings-dialog input[name="textSpeed"][value="slow"]');
    });
    await reload(page);
    expect(await page.getAttribute('html', 'data-text-speed')).toBe('slow');
    await startPrologue(page); // the first line types out
    await page.waitForSelector('#line-text .tw-hidden');
    const full = (await page.textContent('#line-text'))!;
    await page.waitForSelector('html:not([data-announcing])', { state: 'attached' }); // the announcer's queue is empty
    expect(await page.textContent('#live')).toContain(full);
    expect((await page.textContent('#line-text .tw-shown'))!.length).toBeLessThan(full.length);
    await page.keyboard.press('Enter');
    expect(await page.locator('#line-text .tw-hidden').count()).toBe(0);
    expect(await page.textContent('#line-text')).toBe(full);
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => !document.getElementById('line-text')!.textContent!.startsWith(t), full);
    // Instant: no typing at all.
    await withSettings(page, () => page.check('#settings-dialog input[name="textSpeed"][value="instant"]'));
    await page.keyboard.press('Enter');
    expect(await page.locator('#line-text .tw-hidden').count()).toBe(0);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('volumes and mute, by keyboard on the sliders', async () => {
    const page = await openGame(browserFor());
    const applied = () => page.evaluate(() => {
      const a = (window as any).__TEST__.audio;
      return { volumes: a.volumes, muted: a.muted, howlerMuted: (window as any).Howler?._muted };
    });
    await withSettings(page, async () => {
      await page.focus('#volume-music');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.check('#settings-dialog input[name="muted"]');
    });
    let a = await applied();
    expect(a.volumes.music).toBeCloseTo(0.5);
    expect(a.muted).toBe(true);
    await reload(page);
    a = await applied();
    expect(a.volumes.music).toBeCloseTo(0.5);
    expect(a.muted).toBe(true);
    if (a.howlerMuted !== undefined) expect(a.howlerMuted).toBe(true);
    await openSettings(page);
    expect(await page.inputValue('#volume-music')).toBe('50');
    await page.context().close();
  });

  it('captions show each sound on the stage for a moment, only when on', async () => {
    const page = await openGame(browserFor());
    await startPrologue(page);
    await page.keyboard.press('r'); // the record rustles
    await page.waitForSelector('#record-dialog[open]');
    expect(await page.textContent('#sound-caption')).toBe('');
    await closeDialog(page, 'record-dialog');
    await withSettings(page, () => page.check('#settings-dialog input[name="captions"]'));
    await reload(page);
    await page.keyboard.press('Enter'); // Continue
    expect(await phase(page)).toBe('line');
    await page.keyboard.press('r');
    await page.waitForSelector('#record-dialog[open]');
    expect(await page.textContent('#sound-caption')).toBe('[paper rustles]');
    await closeDialog(page, 'record-dialog');
    expect(await page.getAttribute('#sound-caption', 'aria-hidden')).toBe('true');
    await page.waitForFunction(() => document.getElementById('sound-caption')!.textContent === '', null, { timeout: 5000 });
    await page.context().close();
  });
});

describe('dialogs by keyboard', () => {
  it('the backlog lists earlier lines after a reload, newest last and focused; focus returns on close', async () => {
    const page = await openGame(browserFor());
    await startPrologue(page);
    const said: string[] = [];
    for (let i = 0; i < 6; i++) {
      await phase(page); // the line is on screen (the stage may hold it for its art under load)
      said.push((await page.textContent('#line-text'))!);
      await page.keyboard.press('Enter');
    }
    await phase(page);
    said.push((await page.textContent('#line-text'))!);
    await reload(page);
    await page.keyboard.press('Enter'); // Continue
    expect(await phase(page)).toBe('line');
    await page.keyboard.press('b');
    await page.waitForSelector('#backlog-dialog[open]');
    const items = await page.locator('#backlog-dialog li').allTextContents();
    for (const line of said) expect(items.some((t) => t.endsWith(line)), line).toBe(true);
    expect(items.at(-1)).toContain(said.at(-1)!);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('#backlog-dialog li:last-child'))).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(items.at(-2));
    await closeDialog(page, 'backlog-dialog');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-next');
    // The top-bar buttons open the same dialogs; Settings returns focus as well.
    await page.click('#btn-settings');
    await page.waitForSelector('#settings-dialog[open]');
    await closeDialog(page, 'settings-dialog');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-settings');
    await page.click('#btn-backlog');
    await page.waitForSelector('#backlog-dialog[open]');
    await closeDialog(page, 'backlog-dialog');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('keys pressed inside a dialog do not play the game behind it', async () => {
    const page = await openGame(browserFor());
    await startPrologue(page);
    const line = await page.textContent('#line-text');
    await openSettings(page);
    await page.focus('#settings-dialog [data-setting="reset"]');
    await page.keyboard.press('p');
    await page.keyboard.press('Enter'); // activates Reset, not the next line
    await closeDialog(page, 'settings-dialog');
    expect(await page.textContent('#line-text')).toBe(line);
    await page.context().close();
  });
});

const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '844x390-phone-landscape', width: 844, height: 390 },
];

/** The page itself never scrolls, the stage is on screen, and the testimony controls fit or scroll inside their panel. */
async function checkFits(page: Page, where: string): Promise<void> {
  const m = await page.evaluate(() => {
    const se = document.scrollingElement!;
    const canvas = document.querySelector('#stage canvas:not([hidden])')!.getBoundingClientRect(); // the canvas, or its still copy at rest
    const topbar = document.getElementById('topbar')!.getBoundingClientRect();
    const panel = document.getElementById('testimony')!.getBoundingClientRect();
    const statement = document.querySelector('#testimony .statement .text')!.getBoundingClientRect();
    const actions = document.querySelector('#testimony .testimony-actions')!.getBoundingClientRect();
    return {
      scrollH: se.scrollHeight, scrollW: se.scrollWidth, h: innerHeight, w: innerWidth, canvasH: canvas.height, canvasBottom: canvas.bottom,
      appScroll: document.getElementById('app')!.scrollTop, topbarTop: topbar.top, topbarH: topbar.height,
      statementShown: statement.top >= panel.top - 1 && statement.bottom <= actions.top + 1 && actions.bottom <= Math.min(panel.bottom, innerHeight) + 1,
    };
  });
  expect(m.appScroll, `${where}: the game area is not scrolled`).toBe(0);
  expect(m.topbarTop, `${where}: the top bar is on screen`).toBe(0);
  expect(m.topbarH, `${where}: the top bar is one row`).toBeLessThan(90);
  expect(m.statementShown, `${where}: the statement and its buttons are in view`).toBe(true);
  expect(m.scrollH, `${where}: page height`).toBeLessThanOrEqual(m.h);
  expect(m.scrollW, `${where}: page width`).toBeLessThanOrEqual(m.w);
  expect(m.canvasH, `${where}: stage height`).toBeGreaterThan(60);
  expect(m.canvasBottom, where).toBeLessThanOrEqual(m.h);
}

describe('screen sizes', () => {
  it('is usable at 1366x768, 1024x768, 1920x1080 and phone landscape (844x390)', async () => {
    mkdirSync(`${SCREENSHOTS}/sizes`, { recursive: true });
    const page = await openGame(browserFor());
    await page.evaluate(() => document.fonts.ready);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await refitted(page); // the stage refits on resize
      await screenshot(page, `sizes/${size.name}-title`);
    }
    await startPrologue(page);
    await advanceToCross(page);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await refitted(page);
      await checkFits(page, size.name);
      expect(await page.locator('[data-action="present"]').boundingBox(), `${size.name}: the Present button is laid out`).toBeTruthy();
      await screenshot(page, `sizes/${size.name}-cross-examination`);
    }
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('stays usable in high contrast, with the dyslexia font, and at 175% text', async () => {
    const page = await openGame(browserFor());
    await withSettings(page, async () => {
      await page.check('#settings-dialog input[name="highContrast"]');
      await page.check('#settings-dialog input[name="dyslexiaFont"]');
      await page.check('#settings-dialog input[name="textSize"][value="175"]');
    });
    await page.evaluate(() => document.fonts.ready);
    const shots = async (what: string) => {
      for (const size of [SIZES[0], SIZES[3]]) {
        await page.setViewportSize(size);
        await refitted(page);
        await screenshot(page, `sizes/${size.name}-${what}-contrast-dyslexic-175`);
      }
    };
    await shots('title');
    await openSettings(page);
    await shots('settings');
    await closeDialog(page, 'settings-dialog');
    await startPrologue(page);
    await shots('line');
    await advanceToCross(page);
    for (const size of [SIZES[0], SIZES[3]]) {
      await page.setViewportSize(size);
      await refitted(page);
      await checkFits(page, `${size.name} at 175%`);
    }
    await shots('cross-examination');
    await page.keyboard.press('b');
    await page.waitForSelector('#backlog-dialog[open]');
    await shots('backlog');
    await closeDialog(page, 'backlog-dialog');
    await page.keyboard.press('r');
    await page.waitForSelector('#record-dialog[open]');
    await shots('record');
    await page.context().close();
  });
});
