// Plays a case by keyboard alone, following the route the story walker found: Enter for
// the next line, digits for choices, arrows to reach a statement, P to press, E to open
// the record, arrows to pick an item and Enter on "Present".
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { currentStatement, phase } from './browser';

export async function advanceLines(page: Page, until: (p: string) => boolean = (p) => p !== 'line', max = 400): Promise<string> {
  for (let i = 0; i < max; i++) {
    const p = await phase(page);
    if (until(p)) return p;
    if (p !== 'line') return p;
    await page.keyboard.press('Enter');
  }
  throw new Error('too many lines');
}

/** Reads on, taking the first choice at every choice, until a cross-examination begins. */
export async function advanceToCross(page: Page, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    const p = await advanceLines(page);
    if (p === 'cross') return;
    if (p !== 'choices') throw new Error(`expected a cross-examination, reached ${p}`);
    await page.keyboard.press('1');
  }
  throw new Error('no cross-examination reached');
}

export async function goToStatement(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    // Keys wait while the stage holds the page (data-busy): read what it shows once it is free.
    await phase(page);
    if ((await currentStatement(page)) === id) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`statement ${id} never came up`);
}

/** In the open court record: move to an item with the arrow keys, Tab to the action, Enter. */
async function pickFromRecord(page: Page, item: string): Promise<void> {
  await page.waitForSelector('#record-dialog[open]');
  const ids = () => page.locator('#record-dialog .items button').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  if (!(await ids()).includes(item)) await page.keyboard.press('ArrowRight'); // the other tab
  const list = await ids();
  expect(list, `"${item}" in the court record`).toContain(item);
  for (let i = 0; i < list.length; i++) {
    if ((await page.getAttribute('#record-dialog .items button[aria-current="true"]', 'data-id')) === item) break;
    await page.keyboard.press('ArrowDown');
  }
  // Tab from the list reaches the detail pane; the action button is the last control there.
  const action = page.locator(`#record-dialog [data-present="${item}"]`);
  for (let i = 0; i < 10 && !(await action.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  expect(await action.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  // Closed, or open again at once for pointing (the right item of a statement with a proof).
  await page.waitForSelector('#record-dialog:not([open]), #record-dialog[open] .fx-pick', { state: 'attached' });
}

/** Pointing: in the document's radio group (focus starts on its first line), the arrow keys
 *  move to the line (Space picks the first), Tab reaches "Point to this line", Enter. */
export async function pointByKeyboard(page: Page, field: string): Promise<void> {
  await page.waitForSelector('#record-dialog[open] .fx-pick');
  const fields = await page.locator('#record-dialog .fx-pick input[type=radio]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const at = fields.indexOf(field);
  expect(at, `line "${field}" among ${JSON.stringify(fields)}`).toBeGreaterThanOrEqual(0);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
  if (at === 0) await page.keyboard.press('Space');
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  expect(await page.locator('#record-dialog .fx-pick input:checked').getAttribute('value')).toBe(field);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-point'))).toBe(true);
  await page.keyboard.press('Enter');
  // Closed (the objection goes on), or open again with feedback on a close line.
  await page.waitForSelector('#record-dialog:not([open]), #record-dialog[open] .point-feedback', { state: 'attached' });
}

export async function presentByKeyboard(page: Page, item: string): Promise<void> {
  await page.keyboard.press('e');
  await pickFromRecord(page, item);
}

/** Fill both slots of a deduction from the record, then combine. */
export async function deduceByKeyboard(page: Page, a: string, b: string): Promise<void> {
  for (const [slot, item] of [[0, a], [1, b]] as const) {
    await page.focus(`#activity [data-action="slot-${slot}"]`);
    await page.keyboard.press('Enter');
    await pickFromRecord(page, item);
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('combine');
  await page.keyboard.press('Enter');
}

/** Place every waiting card by keyboard in its row and on the day its record gives (from the
 *  content index), check the board until every card is confirmed, then continue. */
export async function completeBoard(page: Page, cards: Array<{ id: string; lane: string; cell: number; fixed: boolean }>, beforeFinish?: () => Promise<void>): Promise<void> {
  for (const c of cards.filter((x) => !x.fixed)) {
    await page.focus(`#activity [data-action="card-${c.id}"]`);
    await page.keyboard.press('Enter');
    await page.focus(`#activity [data-action="lane-${c.lane}"]`);
    await page.keyboard.press('Enter');
    await page.focus(`#activity [data-action="place-${c.lane}-${c.cell}"]`);
    await page.keyboard.press('Enter');
  }
  // "Check the board" confirms a set at a time (3, or what is left).
  for (let i = 0; i <= cards.length && (await page.locator('#activity [data-action="check"]:not([disabled])').count()); i++) {
    await page.focus('#activity [data-action="check"]');
    await page.keyboard.press('Enter');
  }
  await beforeFinish?.();
  await page.focus('#activity [data-action="finish"]');
  await page.keyboard.press('Enter');
}

export type BoardCards = Record<string, Array<{ id: string; lane: string; cell: number; fixed: boolean }>>;

/** Replays one walker action. */
export async function playAction(page: Page, action: string, boards: BoardCards = {}, beforeBoardFinish?: () => Promise<void>): Promise<void> {
  if (action === 'start') return;
  if (action.startsWith('point:')) return pointByKeyboard(page, action.slice('point:'.length));
  await advanceLines(page);
  const [kind, a, b] = action.split(':');
  if (kind === 'choose') {
    const text = action.slice('choose:'.length);
    const labels = await page.locator('#choices button').allTextContents();
    const index = labels.findIndex((l) => l.replace(/^\d\s*/, '').trim() === text.trim());
    expect(index, `choice "${text}" among ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(String(index + 1));
  } else if (kind === 'press') {
    expect(await phase(page)).toBe('cross');
    await goToStatement(page, a);
    await page.keyboard.press('p');
  } else if (kind === 'present') {
    expect(await phase(page)).toBe('cross');
    await goToStatement(page, a);
    await presentByKeyboard(page, b);
  } else if (kind === 'point') {
    await pointByKeyboard(page, a);
  } else if (kind === 'deduce') {
    expect(await phase(page)).toBe('deduction');
    await deduceByKeyboard(page, a, b);
  } else if (kind === 'board') {
    expect(await phase(page)).toBe('board');
    await completeBoard(page, boards[a] ?? [], beforeBoardFinish);
  } else throw new Error(`unknown action ${action}`);
}
