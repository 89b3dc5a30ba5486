// Case 2's timeline boards at the three screen sizes a class uses (1366x768, 1024x768, a phone
// held sideways), played BY READING: each board is opened from a save taken where the story
// reaches it, and the test reads every card's words on screen and derives its row (the person
// or place it names) and its day (the date in its words, or the card it refers to), never the
// model's answer. A first check with three cards in a wrong row must confirm nothing and say
// what to read; then the cards go on in sets of three, each set checked and confirmed. At every
// size, every day of every row must be in view or scrolled into view inside the board (never
// by scrolling the page), and the solved board must fit the window. Each board is solved by
// clicks at one size, a different one for each board, so every size is played once.
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

/** A save made where the story first shows the board (only the route is known, not the answers). */
function atBoard(caseId: string) {
  const { content, route } = caseRoute(caseId);
  const s = new CaseSession(content, { strict: true });
  for (const _ of replay(s, route)) if (s.view().phase === 'board') break;
  const v = s.view();
  if (v.phase !== 'board') throw new Error(`${caseId}: the route never reaches a board`);
  return { save: JSON.parse(JSON.stringify(s.save())) as SessionSave, board: v.board.id };
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

// ---- reading a card, as a student would -----------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = MONTHS.join('|');

interface Board {
  cells: string[];
  lanes: Array<{ key: string; label: string }>;
  /** Cards still to place: their button's id and their words. */
  cards: Array<{ id: string; text: string }>;
}

/** The day a date's words name, if the board has that day ("25 July" → the column "25 Jul"). */
function cellOf(b: Board, day: number, month: string): number {
  const mon = month.slice(0, 3);
  return b.cells.findIndex((c) => new RegExp(`^${day} ${mon}( \\d{4})?$`).test(c));
}

/** The first column of a month: its first day, or the column named for the month. */
function monthCell(b: Board, month: string): number {
  const mon = month.slice(0, 3);
  return b.cells.findIndex((c) => c === mon || new RegExp(`^\\d{1,2} ${mon}$`).test(c));
}

/**
 * The day a reader gives each card. Its own date first; where a card says it is dated by another
 * ("that motorboat", "the day the household arrived"), the other card's day; where the book
 * gives only a span and the card says so, a day inside it, as a reader would choose it.
 */
function readDays(b: Board): Record<string, number> {
  const day: Record<string, number> = {};
  const find = (re: RegExp) => b.cards.find((c) => re.test(c.text));
  const of = (re: RegExp) => {
    const c = find(re);
    return c && c.id in day ? day[c.id] : undefined;
  };
  for (let round = 0; round < 4; round++) {
    for (const { id, text } of b.cards) {
      if (id in day) continue;
      let m: RegExpExecArray | null;
      let d: number | undefined;
      // A span between two dated landings: the column between them (the customs book's gap).
      if ((m = new RegExp(`between the landing of (\\d{1,2}) (${MONTH})`).exec(text))) d = cellOf(b, Number(m[1]), m[2]) + 1;
      // Pyatakov's "first half of December", after Berlin: the 15th is in the first half and after his Berlin day.
      else if (/first half of December/.test(text)) d = cellOf(b, 15, 'December');
      // The night after the claimed flight: the claimed day will do (the card says so).
      else if (/night after the claimed flight/.test(text)) d = of(/first half of December/);
      // The couple's night on the road follows the landing: the landing's day (the card allows either).
      else if (/between the landing at Cassis and the arrival/.test(text)) d = of(/motorboat lands/);
      // The motorboat's doings happen at the Bolgaria's stop, which the ship's card dates.
      else if (/motorboat/.test(text) && !new RegExp(`\\d{1,2} (${MONTH})`).test(text)) d = of(/due at Marseille on/);
      // The fire "on the very day the household arrived": the arrival's day.
      else if (/the very day the household arrived/.test(text)) d = of(/reach Saint-Palais/);
      // The niece came hours after the blaze; Bardon's sighting is tied to the fire: the fire's day.
      else if (/after the blaze|the fire's day/.test(text)) d = of(/the very day the household arrived/);
      // Ill "as soon as he arrived", visitors "during his stay": from the arrival on.
      else if (/as soon as he arrived|during his stay/.test(text)) d = of(/reach Saint-Palais/);
      // Romm named "the end of July": its last day.
      else if (/July's last days/.test(text)) d = cellOf(b, 31, 'July');
      // A newspaper whose issue is off the board: the month it reports on.
      else if (/issue is off this board/.test(text) && (m = new RegExp(`in (${MONTH}) \\d{4}`).exec(text))) d = monthCell(b, m[1]);
      // A span of days in the words ("23 to 25 November"): its first day.
      else if ((m = new RegExp(`(\\d{1,2}) to \\d{1,2} (${MONTH})`).exec(text))) d = cellOf(b, Number(m[1]), m[2]);
      else {
        // The first date in the words that is a day of this board (a newspaper of 1937 quoting a
        // telegram of 1933: the 1937 date is not on the board), else the first month named.
        const dates = [...text.matchAll(new RegExp(`(\\d{1,2}) (${MONTH})`, 'g'))].map((x) => cellOf(b, Number(x[1]), x[2])).filter((i) => i >= 0);
        if (dates.length) d = dates[0];
        else if ((m = new RegExp(`(${MONTH})`).exec(text))) d = monthCell(b, m[1]);
      }
      if (d !== undefined && d >= 0) day[id] = d;
    }
  }
  return day;
}

/**
 * The row a reader gives a card: the claimant's row for a CLAIM; the press row for a newspaper
 * when the board has one; else the row of the first person the words name (a row is named for
 * its people: "Trotsky and Natalia", "Sedov"); a card naming nobody describes a place: the row
 * of the place it names. What a reader learns from the other cards: the four collaborators are
 * the companions (Shachtman among them); "his son" is Sedov.
 */
function readLane(b: Board, text: string): string {
  const claim = /^CLAIM \((\w+)/.exec(text);
  if (claim) return b.lanes.find((l) => l.label.startsWith(claim[1]))!.key;
  const press = b.lanes.find((l) => l.label === 'Press');
  if (press && /Aftenposten|Tageblatt/.test(text)) return press.key;
  const names = (label: string) => {
    if (label.startsWith('Place:')) return [];
    const words = label.split(/[^\p{L}'’-]+/u).filter((w) => /^\p{Lu}/u.test(w) && !/['’]s$/.test(w) && !['Moscow', 'Place'].includes(w));
    if (/Companions/.test(label)) words.push('collaborators', 'Shachtman');
    if (/^Sedov/.test(label)) words.push('his son');
    if (/^Trotsky's household/.test(label)) words.splice(0, words.length, 'Trotsky');
    return words.filter((w) => !['Kjeller'].includes(w));
  };
  let best: { key: string; at: number } | null = null;
  for (const l of b.lanes) {
    for (const w of names(l.label)) {
      const at = text.search(new RegExp(`\\b${w}`));
      if (at >= 0 && (!best || at < best.at)) best = { key: l.key, at };
    }
  }
  if (best) return best.key;
  const place = b.lanes.find((l) => {
    const name = l.label.replace(/^Place:\s*/, '').split(/[,(]/)[0];
    return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) || w === 'airfield').some((w) => text.includes(w));
  });
  if (!place) throw new Error(`no row for "${text}"`);
  return place.key;
}

/** The board as the screen shows it: days, rows and the cards still to confirm. */
async function readBoard(page: Page): Promise<Board> {
  return page.evaluate(() => {
    const root = document.querySelector('#activity')!;
    const cells = [...root.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
    // Row buttons (shown while a card is picked) carry the row's key.
    const lanes = [...root.querySelectorAll<HTMLElement>('button.lane-pick')].map((bt) => ({ key: bt.dataset.action!.slice('lane-'.length), label: bt.textContent!.trim() }));
    const cards = [...root.querySelectorAll<HTMLElement>('.tray button[data-action^="card-"]')].map((bt) => ({
      id: bt.dataset.action!.slice('card-'.length),
      // The words only: the certainty mark and the citation line are not the card's text.
      text: [...bt.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
    }));
    return { cells, lanes, cards };
  });
}

async function place(page: Page, card: string, lane: string, cell: number, where: string): Promise<void> {
  await page.click(`[data-action="card-${card}"]`);
  await page.click(`[data-action="lane-${lane}"]`);
  const button = `[data-action="place-${lane}-${cell}"]`;
  await page.locator(button).scrollIntoViewIfNeeded();
  expect(await inView(page, button), `${where}: the day for ${card} is reachable inside the board`).toBe(true);
  await page.click(button);
}

/** With a card picked, each row in turn: every day's button scrolls into view inside the board. */
async function everyDayReachable(page: Page, where: string): Promise<void> {
  const first = (await readBoard(page)).cards[0];
  await page.click(`[data-action="card-${first.id}"]`);
  const b = await readBoard(page);
  expect(b.lanes.length, `${where}: rows offered for a picked card`).toBeGreaterThan(1);
  for (const lane of b.lanes) {
    await page.click(`[data-action="lane-${lane.key}"]`);
    const out = await page.evaluate((key) => {
      const buttons = [...document.querySelectorAll<HTMLElement>(`#activity [data-action^="place-${key}-"]`)];
      const box = buttons[0]?.closest('.board-scroll')?.getBoundingClientRect();
      const unreachable = buttons.filter((el) => {
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        const inBox = el.closest('.board-scroll')!.getBoundingClientRect();
        return !(r.left >= inBox.left - 1 && r.right <= inBox.right + 1 && r.top >= 0 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1);
      });
      return { count: buttons.length, box: !!box, unreachable: unreachable.map((el) => el.dataset.action) };
    }, lane.key);
    expect(out.count, `${where}: a button for every day in the row ${lane.label}`).toBe(b.cells.length);
    expect(out.unreachable, `${where}: days of the row ${lane.label} reachable inside the board`).toEqual([]);
  }
}

/** The page never scrolls: nothing outside the board's own scrolling box goes past the window. */
async function fitsTheWindow(page: Page, where: string): Promise<void> {
  const m = await page.evaluate(() => {
    const se = document.scrollingElement!;
    const big = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => { const r = el.getBoundingClientRect(); return (r.bottom > innerHeight + 1 || r.right > innerWidth + 1) && !el.closest('.board-scroll') && r.width > 0; })
      .slice(0, 6).map((el) => `${el.tagName}#${el.id}.${el.className} ${Math.round(el.getBoundingClientRect().right)}x${Math.round(el.getBoundingClientRect().bottom)} ${getComputedStyle(el).position}`);
    const box = document.querySelector<HTMLElement>('.board-scroll')!;
    const cue = document.querySelector<HTMLElement>('.board-scroll-cue')!;
    return { big, pageW: se.scrollWidth, pageH: se.scrollHeight, w: innerWidth, h: innerHeight, overflows: box.scrollWidth > box.clientWidth + 1, cueShown: !cue.hidden, boxRight: box.getBoundingClientRect().right };
  });
  expect(m.pageW, `${where}: page width; beyond the window: ${m.big.join(' | ')}`).toBeLessThanOrEqual(m.w);
  expect(m.pageH, `${where}: page height; beyond the window: ${m.big.join(' | ')}`).toBeLessThanOrEqual(m.h);
  expect(m.boxRight, `${where}: the board's box is on screen`).toBeLessThanOrEqual(m.w + 1);
  expect(m.cueShown, `${where}: a board wider than its box says so`).toBe(m.overflows);
}

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage

const BOARDS = ['coyoacan-1', 'coyoacan-2', 'coyoacan-3'];

describe.each(BOARDS)('the timeline board of %s', (caseId) => {
  // The size this board is solved at by clicks: each board a different one.
  const solveAt = SIZES[BOARDS.indexOf(caseId) % SIZES.length];

  it(`is solved by reading (at ${solveAt.name}): rows and days from the cards’ words, checked in sets; at every size each day is reachable and the page never scrolls`, async () => {
    const { save, board } = atBoard(caseId);
    const page = await openGame(browserFor());
    await startCase(page, caseId);
    await openAt(page, save);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await everyDayReachable(page, `${caseId} ${size.name}`);
      await fitsTheWindow(page, `${caseId} ${size.name}, the board open`);
    }

    const where = `${caseId} ${solveAt.name}`;
    await page.setViewportSize(solveAt);
    await openAt(page, save); // as the story opens it: no card picked
    const b = await readBoard(page);
    const days = readDays(b);
    for (const c of b.cards) expect(days[c.id], `${where}: a day read from "${c.text}"`).toBeGreaterThanOrEqual(0);
    const lanes = Object.fromEntries(b.cards.map((c) => [c.id, readLane(b, c.text)]));

    // Three cards in a row they do not name: the check confirms nothing, costs a mark and says what to read.
    const firstSet = b.cards.slice(0, 3);
    for (const c of firstSet) await place(page, c.id, b.lanes.find((l) => l.key !== lanes[c.id])!.key, days[c.id], where);
    await screenshot(page, `${caseId}-${board}-mid-puzzle`);
    await page.click('[data-action="check"]');
    await expect.poll(() => page.textContent('#activity .notice')).toMatch(/^Not confirmed: .*does not say which\. Read the cards again: .* row of the person it follows or the place it describes/);
    expect(await page.textContent('#activity .board-marks')).toContain('●●●●○');
    await screenshot(page, `${caseId}-${board}-failed-check`);

    // Then by reading, a set of three at a time (moving the first three to the rows they name);
    // a last set of one or two is all that is left, and a check needs only those.
    for (let i = 0; i < b.cards.length; i += 3) {
      const set = b.cards.slice(i, i + 3);
      for (const c of set) await place(page, c.id, lanes[c.id], days[c.id], where);
      await page.click('[data-action="check"]');
      await expect.poll(() => page.textContent('#activity .notice'), { message: `${where}: set ${set.map((c) => c.id).join(', ')}` }).toMatch(new RegExp(`^Confirmed: ${set.length} cards? locks? in\\.`));
      if (i === 0) await screenshot(page, `${caseId}-${board}-passed-check`);
    }
    await page.waitForSelector('#activity [data-action="finish"]');
    expect(await page.locator('#activity .board-result li').count(), `${where}: the clash shows`).toBeGreaterThan(0);

    // The solved board, with its result, at every size.
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `${caseId}-${board}-${size.name}`);
      await fitsTheWindow(page, `${caseId} ${size.name}, solved`);
    }
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
