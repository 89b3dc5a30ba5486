// The Prologue in headless Chromium, played as a student would: by keyboard alone from
// the title screen to the ending (the stage watched on its pixels, stagePixels.ts), with a press and a wrong present; then closing the tab
// mid-cross-examination and continuing; then a save from another version of the case.
import { describe, expect, it } from 'vitest';
import { currentStatement, gameErrors, openGame, phase, saveSettled, screenshot, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines, playAction, presentByKeyboard } from './keyboardPlayer';
import { expectStageDrawn, MOTION_OF, watchStage } from './stagePixels';

const { route, index } = caseRoute('prologue');

// On the Canvas renderer a machine without a GPU gets, as every case's playthrough; the WebGL
// renderer is checked on its pixels over the Prologue's opening scenes in stage.e2e.test.ts
// (WebGL emulated on the CPU made this playthrough three times as long).
const browserFor = useBrowser();

async function marks(page: import('playwright-core').Page): Promise<string | null> {
  return page.getAttribute('#marks', 'aria-label');
}

describe('the Prologue in a browser', () => {
  it('plays from the title screen to the ending by keyboard alone; the stage draws every scene', async () => {
    const page = await openGame(browserFor(), { reducedMotion: MOTION_OF.prologue });
    await watchStage(page);
    await screenshot(page, 'title');
    expect(await phase(page)).toBe('title');
    // Focus starts on the first case card (the Prologue); Enter starts it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-case'))).toBe('prologue');
    await page.keyboard.press('Enter');
    let triedWrong = false;
    for (const action of route) {
      if (!triedWrong && (await advanceLines(page)) === 'cross') {
        triedWrong = true;
        const ce = index.crossExaminations[0];
        const first = ce.statements.find((s) => !s.hidden)!;
        expect(await currentStatement(page)).toBe(first.id);
        await screenshot(page, 'cross-examination');
        // Press the first statement and read its conversation back to the testimony.
        await page.keyboard.press('p');
        expect(await phase(page)).toBe('line');
        expect(await advanceLines(page)).toBe('cross');
        // Present something wrong at the first statement.
        const held = await page.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
        const wrong = held.find((i) => !first.answers.includes(i))!;
        const before = await marks(page);
        await presentByKeyboard(page, wrong);
        expect(await phase(page)).toBe('line');
        expect(await page.textContent('#line-text')).toBeTruthy();
        expect(await advanceLines(page)).toBe('cross');
        expect(await marks(page)).toBe(before); // the Prologue's first wrong present is free (# grace: 1)
        await page.keyboard.press('r');
        await page.waitForSelector('#record-dialog[open]');
        await screenshot(page, 'court-record');
        await page.keyboard.press('Escape');
        await page.waitForSelector('#record-dialog:not([open])', { state: 'attached' });
      }
      await playAction(page, action);
    }
    expect(await advanceLines(page, (p) => p === 'ended')).toBe('ended');
    await screenshot(page, 'ending');
    // The stage drew the breakthroughs and the evidence arriving, not just the text.
    const stage = await page.evaluate(() => (window as any).__TEST__.stage.snapshot());
    expect(stage.banners).toBeGreaterThanOrEqual(4);
    expect(stage.flashes).toBeGreaterThanOrEqual(4);
    expect(stage.evidenceCards).toBeGreaterThanOrEqual(10);
    const log = await page.evaluate(() => (window as any).__TEST__.courtroom.session.log.all() as Array<{ kind: string; correct?: boolean }>);
    expect(log.some((e) => e.kind === 'press')).toBe(true);
    expect(log.some((e) => e.kind === 'present' && e.correct === false)).toBe(true);
    expect(log.at(-1)?.kind).toBe('case-end');
    await expectStageDrawn(page, 'prologue');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('continues exactly where the player was after the tab is closed mid-cross-examination', async () => {
    const page = await openGame(browserFor());
    await page.click('[data-case="prologue"]');
    expect(await advanceLines(page)).toBe('cross');
    await page.keyboard.press('ArrowRight');
    const statement = await currentStatement(page);
    const text = await page.textContent('#testimony .statement .text');
    const context = page.context();
    const storage = await context.storageState();
    await page.close();

    const again = await context.newPage();
    await again.goto(`${storage.origins[0]?.origin ?? ''}/?test=1`);
    await again.waitForSelector('html[data-ready="true"]');
    expect(await again.textContent('#btn-continue')).toContain('The Night Visitors');
    expect(await again.evaluate(() => document.activeElement?.id)).toBe('btn-continue');
    await again.keyboard.press('Enter');
    expect(await phase(again)).toBe('cross');
    expect(await currentStatement(again)).toBe(statement);
    expect(await again.textContent('#testimony .statement .text')).toBe(text);
    await context.close();
  });

  it('explains a save from another version of the case that matches nothing, and starts again on request', async () => {
    const page = await openGame(browserFor());
    await page.click('[data-case="prologue"]');
    await advanceLines(page);
    await saveSettled(page);
    await page.evaluate(() => {
      const key = 'exhibit-1937/save/prologue';
      const save = JSON.parse(localStorage.getItem(key)!);
      save.contentVersion = 'deadbeef';
      // As if saved before any activity began: nothing in it that the edited case could continue at.
      save.slices.log.data = save.slices.log.data.filter((e: { kind: string }) => !/^(cross|deduction|board)-start$/.test(e.kind));
      for (const k of ['cross', 'deduction', 'board']) save.slices[k].data = null;
      Object.assign(save.slices.session.data, { phase: 'line', returnTo: null, pending: null });
      localStorage.setItem(key, JSON.stringify(save));
    });
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.keyboard.press('Enter'); // Continue
    await page.waitForSelector('[role="alert"]');
    expect(await page.textContent('[role="alert"]')).toMatch(/earlier version of the case/);
    await page.click('[role="alert"] button');
    expect(await phase(page)).toBe('line');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
