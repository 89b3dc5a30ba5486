// Case 2's sittings in headless Chromium, each played with the right answers through
// its cross-examinations, deductions and timeline boards, by keyboard, the stage watched on
// its pixels at every scene change (stagePixels.ts).
import { describe, expect, it } from 'vitest';
import { CASES } from '../../src/content/caseList';
import { CaseSession } from '../../src/story/caseSession';
import { gameErrors, openGame, phase, screenshot, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines, playAction, type BoardCards } from './keyboardPlayer';
import { audit } from './axe';
import { expectStageDrawn, MOTION_OF, watchStage } from './stagePixels';

/** Screens audited with axe-core once in this file: the first of each kind met. */
const audited = new Set<string>();

const sittings = CASES.filter((c) => c.group === 'The Blue House').map((c) => c.id);

const browserFor = useBrowser();

describe.skipIf(sittings.length === 0).each(sittings)('Case 2, %s, in a browser', (id) => {
  it('plays the sitting with the right answers, deductions and boards included, to its debrief; the stage draws every scene', async () => {
    const { content, route } = caseRoute(id);
    const session = new CaseSession(content, { strict: true });
    const boards: BoardCards = Object.fromEntries(
      session.activityIds('board').map((b) => [b, session.boardModel(b).cards.map((c) => ({ id: c.id, lane: c.lane, cell: c.from, fixed: c.fixed }))]),
    );
    const page = await openGame(browserFor(), { reducedMotion: MOTION_OF[id] });
    await watchStage(page);
    await page.focus(`[data-case="${id}"]`);
    await page.keyboard.press('Enter');
    const shots = new Set<string>();
    for (const action of route) {
      const p = await advanceLines(page);
      if ((p === 'board' || p === 'deduction' || p === 'cross') && !shots.has(p)) {
        shots.add(p);
        await screenshot(page, `${id}-${p}`);
      }
      const screen = p === 'choices' && (await page.isVisible('#source-card')) ? 'source check' : p;
      if (['board', 'deduction', 'source check'].includes(screen) && !audited.has(screen)) {
        audited.add(screen);
        await audit(page, `${id}: ${screen}`);
      }
      await playAction(page, action, boards, async () => {
        // The completed board must show the clash the sitting is built on.
        expect(await page.locator('#activity .board-result li').count()).toBeGreaterThan(0);
        await screenshot(page, `${id}-board-complete`);
      });
    }
    expect(await advanceLines(page, (p) => p === 'ended')).toBe('ended');
    expect(await phase(page)).toBe('ended');
    await expectStageDrawn(page, id);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
