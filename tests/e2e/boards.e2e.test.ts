// Case 2's timeline boards at the three screen sizes a class uses (1366x768, 1024x768, a phone
// held sideways): each board is opened from a save taken where the story reaches it (computed
// in Node from the walker's route), then every card is placed by mouse on the day its record
// gives, in its row: each day's button must be in view or scrolled into view inside the board
// (never by scrolling the page). A card put on a wrong day names what to read.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CaseSession, type SessionSave } from '../../src/story/caseSession';
import { gameErrors, openGame, screenshot, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { replay } from '../helpers/replay';

const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '844x390', width: 844, height: 390 },
];

/** A save made where the story first shows the board, and the board's cards. */
function atBoard(caseId: string) {
  const { content, route } = caseRoute(caseId);
  const s = new CaseSession(content, { strict: true });
  for (const _ of replay(s, route)) if (s.view().phase === 'board') break;
  const v = s.view();
  if (v.phase !== 'board') throw new Error(`${caseId}: the route never reaches a board`);
  const model = s.boardModel(v.board.id);
  return { save: JSON.parse(JSON.stringify(s.save())) as SessionSave, cards: model.cards.filter((c) => !c.fixed), board: v.board.id };
}

async function startCase(page: Page, caseId: string): Promise<void> {
  await page.focus(`[data-case="${caseId}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#dialogue:not([hidden]), #testimony:not([hidden]), #activity:not([hidden])');
}

/** The session goes back to the save made at the board (the courtroom draws it as after any step). */
async function openAt(page: Page, save: SessionSave): Promise<void> {
  await page.evaluate((saved) => {
    const c = (window as any).__TEST__.courtroom;
    c.session.load(saved);
    c.resume();
  }, save);
  await page.waitForSelector('#activity.board');
}

/** The element is inside the window and inside its scrolling board. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel)!;
    const r = el.getBoundingClientRect();
    const box = el.closest('.board-scroll')!.getBoundingClientRect();
    return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= 0 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
  }, selector);
}

const browserFor = useBrowser();

describe.each(['coyoacan-1', 'coyoacan-2', 'coyoacan-3'])('the timeline board of %s', (caseId) => {
  it('fits each screen: every card placed on its day, each day reached inside the board, the page never scrolls', async () => {
    const { save, cards, board } = atBoard(caseId);
    const page = await openGame(browserFor());
    await startCase(page, caseId);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await openAt(page, save);
      // A wrong day is refused with what to read, never the day.
      const first = cards[0];
      const wrong = first.to + 1 < (await page.locator('#activity thead th').count()) - 1 ? first.to + 1 : first.from - 1;
      await page.click(`[data-action="card-${first.id}"]`);
      const wrongButton = `[data-action="place-${first.lane}-${wrong}"]`;
      await page.locator(wrongButton).scrollIntoViewIfNeeded();
      await page.click(wrongButton);
      await expect.poll(() => page.textContent('#activity .notice')).toMatch(/^Not .+\. .*(read|Read|Open)/);
      for (const c of cards) {
        await page.click(`[data-action="card-${c.id}"]`);
        const button = `[data-action="place-${c.lane}-${c.from}"]`;
        await page.locator(button).scrollIntoViewIfNeeded();
        expect(await inView(page, button), `${caseId} ${size.name}: the day for ${c.id} is reachable inside the board`).toBe(true);
        await page.click(button);
      }
      await page.waitForSelector('#activity [data-action="finish"]');
      await screenshot(page, `${caseId}-${board}-${size.name}`);
      const m = await page.evaluate(() => {
        const se = document.scrollingElement!;
        const big = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => { const r = el.getBoundingClientRect(); return (r.bottom > innerHeight + 1 || r.right > innerWidth + 1) && !el.closest('.board-scroll') && r.width > 0; })
          .slice(0, 6).map((el) => `${el.tagName}#${el.id}.${el.className} ${Math.round(el.getBoundingClientRect().right)}x${Math.round(el.getBoundingClientRect().bottom)} ${getComputedStyle(el).position}`);
        const box = document.querySelector<HTMLElement>('.board-scroll')!;
        const cue = document.querySelector<HTMLElement>('.board-scroll-cue')!;
        return { big, pageW: se.scrollWidth, pageH: se.scrollHeight, w: innerWidth, h: innerHeight, overflows: box.scrollWidth > box.clientWidth + 1, cueShown: !cue.hidden, boxRight: box.getBoundingClientRect().right };
      });
      expect(m.pageW, `${caseId} ${size.name}: page width; beyond the window: ${m.big.join(' | ')}`).toBeLessThanOrEqual(m.w);
      expect(m.pageH, `${caseId} ${size.name}: page height; beyond the window: ${m.big.join(' | ')}`).toBeLessThanOrEqual(m.h);
      expect(m.boxRight, `${caseId} ${size.name}: the board's box is on screen`).toBeLessThanOrEqual(m.w + 1);
      expect(m.cueShown, `${caseId} ${size.name}: a board wider than its box says so`).toBe(m.overflows);
    }
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
