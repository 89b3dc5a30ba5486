// Case 1 in headless Chromium: each of its two sittings played by keyboard with the right
// answers (the stage watched on its pixels, stagePixels.ts), and a cross-examination lost and restarted.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentStatement, gameErrors, openGame, phase, screenshot, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines, advanceToCross, playAction, presentByKeyboard } from './keyboardPlayer';
import { expectStageDrawn, MOTION_OF, watchStage } from './stagePixels';

const browserFor = useBrowser();

async function startCase(page: Page, id = 'drammen-1'): Promise<void> {
  await page.focus(`[data-case="${id}"]`);
  await page.keyboard.press('Enter');
}

describe.each(['drammen-1', 'drammen-2'])('Case 1, Drammen, %s, in a browser', (id) => {
  it('plays the sitting with the right answers, by keyboard, to its end; the stage draws every scene', async () => {
    const { route, index } = caseRoute(id);
    const page = await openGame(browserFor(), { reducedMotion: MOTION_OF[id] });
    await watchStage(page);
    await startCase(page, id);
    let shot = false;
    for (const action of route) {
      await playAction(page, action);
      if (!shot && (await phase(page)) === 'cross') {
        shot = true;
        await screenshot(page, `${id}-cross-examination`);
      }
    }
    expect(await advanceLines(page, (p) => p === 'ended')).toBe('ended');
    const solved = await page.evaluate(() =>
      ((window as any).__TEST__.courtroom.session.log.all() as Array<{ kind: string; cross?: string }>).filter((e) => e.kind === 'cross-solved').map((e) => e.cross),
    );
    expect(solved).toEqual(index.crossExaminations.map((c) => c.id));
    await expectStageDrawn(page, id);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  }, 600_000);
});

describe('Case 1, Drammen, sitting 1, in a browser', () => {
  const { index } = caseRoute('drammen-1');

  it('losing every credibility mark restarts that cross-examination from its first statement', async () => {
    const page = await openGame(browserFor());
    await startCase(page);
    await advanceToCross(page);
    const ce = index.crossExaminations[0];
    const first = ce.statements.find((s) => !s.hidden)!;
    expect(await currentStatement(page)).toBe(first.id);
    await page.keyboard.press('ArrowRight');
    const second = await currentStatement(page);
    const st = ce.statements.find((s) => s.id === second)!;
    const held = await page.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
    // An item that gets the generic feedback here (no near-miss refund).
    const wrong = held.find((i) => !st.answers.includes(i) && !st.specificWrongFeedback.includes(i))!;
    expect(wrong).toBeTruthy();
    for (let lost = 1; lost <= 5; lost++) {
      await presentByKeyboard(page, wrong);
      expect(await advanceLines(page)).toBe('cross');
      if (lost < 5) {
        expect(await page.getAttribute('#marks', 'aria-label')).toBe(`Credibility: ${5 - lost} of 5 marks`);
        expect(await currentStatement(page)).toBe(second);
      }
    }
    await screenshot(page, 'drammen-restart');
    expect(await page.textContent('#testimony .notice')).toMatch(/starts again from the first statement/);
    expect(await page.getAttribute('#marks', 'aria-label')).toBe('Credibility: 5 of 5 marks');
    expect(await currentStatement(page)).toBe(first.id);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
