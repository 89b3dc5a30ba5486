// A screen reader user's game: the virtual screen reader listens in the page while the case is
// played by keyboard, and the test checks what it would have said, in order. Every line read,
// the statements with their numbers, a press, a wrong present with the marks left, a hint and
// the statement it leads to, the right present with the objection and "contradiction exposed",
// each item added to the record, and the results. A message overwritten before the reader
// could hear it is missing from the log, and the test fails.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CASES } from '../../src/content/caseList';
import { CaseSession } from '../../src/story/caseSession';
import { currentStatement, gameErrors, openGame, phase, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { continueFrom } from './savedAt';
import { advanceLines, goToStatement, playAction, pointByKeyboard, type BoardCards } from './keyboardPlayer';
import { announced, inOrder, norm, quiet, spoken, startReader } from './screenReader';

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage

type Route = ReturnType<typeof caseRoute>;

async function begin(id: string, listenFromStart: boolean): Promise<Page> {
  const page = await openGame(browserFor());
  // The test hook shortens the time between two messages; each is still written in its own task.
  await page.evaluate(() => ((window as any).__TEST__.announcer.gap = 25));
  if (listenFromStart) await startReader(page);
  await page.focus(`[data-case="${id}"]`);
  await page.keyboard.press('Enter');
  return page;
}

function boardsOf(r: Route): BoardCards {
  const session = new CaseSession(r.content, { strict: true });
  return Object.fromEntries(
    session.activityIds('board').map((b) => [b, session.boardModel(b).cards.map((c) => ({ id: c.id, lane: c.lane, cell: c.from, fixed: c.fixed }))]),
  );
}

async function statementView(page: Page): Promise<{ number: number; total: number; text: string }> {
  return page.evaluate(() => {
    const s = (window as any).__TEST__.courtroom.session.view().cross;
    const st = s.statements[s.current];
    return { number: st.number, total: s.statements.length, text: st.text as string };
  });
}

/** The lines in the game's backlog from `from` on: every one must have been announced, in order. */
async function backlogTexts(page: Page, from = 0): Promise<string[]> {
  const all = await page.evaluate(() => (window as any).__TEST__.courtroom.session.backlog.all() as Array<{ text: string }>);
  // The player's own choices are kept in the backlog but not read back (the reader already
  // said the button that was pressed).
  return all.slice(from).filter((e) => !e.text.startsWith('You chose: ')).map((e) => norm(e.text));
}

async function backlogLength(page: Page): Promise<number> {
  return page.evaluate(() => (window as any).__TEST__.courtroom.session.backlog.all().length as number);
}

async function marksLeft(page: Page): Promise<number> {
  return page.evaluate(() => (window as any).__TEST__.courtroom.session.view().cross.marks as number);
}

/**
 * The cross-examination part every case gets: statements, a step, a hint from a statement
 * with nothing to find, a press, a wrong present at the target, then the right present.
 */
async function crossExamine(page: Page, r: Route, target: string, right: string, point: string | null, firstWrongIsFree: boolean): Promise<void> {
  const ce = r.index.crossExaminations[0];
  const visible = ce.statements.filter((s) => !s.hidden);
  // Moving between statements: each is read numbered, with its speaker.
  let said = await announced(page);
  let mark = said.length;
  await page.keyboard.press('ArrowRight');
  await quiet(page);
  let st = await statementView(page);
  inOrder(await announced(page), [new RegExp(`Statement ${st.number} of ${st.total}\\. [^:]+: ${escape(norm(st.text))}`)], mark);
  expect(await page.textContent('#testimony .statement .num')).toContain(`Statement ${st.number} of ${st.total}`);
  mark = (await announced(page)).length;
  await page.keyboard.press('ArrowLeft');
  await quiet(page);
  st = await statementView(page);
  inOrder(await announced(page), [`Statement ${st.number} of ${st.total}`], mark);

  // A hint asked at a statement with nothing to find: the hint, then the statement it leads to.
  const empty = visible.find((s) => s.answers.length === 0);
  if (empty) {
    await goToStatement(page, empty.id);
    mark = (await announced(page)).length;
    await page.keyboard.press('h');
    await quiet(page);
    st = await statementView(page);
    expect(await currentStatement(page)).not.toBe(empty.id);
    inOrder(await announced(page), [/^Hint 1 of 3: /, `Statement ${st.number} of ${st.total}`], mark);
  }

  // Pressing: the conversation is read line by line.
  await goToStatement(page, target);
  let lines = await backlogLength(page);
  mark = (await announced(page)).length;
  await page.keyboard.press('p');
  expect(await advanceLines(page)).toBe('cross');
  inOrder(await announced(page), await backlogTexts(page, lines), mark);

  // A wrong present: the dialog is named for what the player is doing; then the verdict and the marks left.
  await goToStatement(page, target);
  const held = await page.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
  const answers = ce.statements.find((s) => s.id === target)!.answers;
  const wrong = held.find((i) => !answers.includes(i))!;
  const marks = await marksLeft(page);
  const phrases = (await spoken(page)).length;
  lines = await backlogLength(page);
  mark = (await announced(page)).length;
  await page.keyboard.press('e');
  await page.waitForSelector('#record-dialog[open]');
  await quiet(page);
  const opened = (await spoken(page)).slice(phrases);
  expect(opened.some((p) => /^dialog, Present evidence/.test(p)), `the reader names the dialog: ${JSON.stringify(opened)}`).toBe(true);
  expect(opened.some((p) => /^button, .+(, current)?.*\b(Fact|Letter|Telegram|Newspaper|Statement|Certificate|Log book|Passport|Transcript|Photograph|Profile)\b/.test(p)), `an item is read with its kind: ${JSON.stringify(opened)}`).toBe(true);
  await pickAndPresent(page, wrong);
  expect(await advanceLines(page)).toBe('cross');
  const after = await marksLeft(page);
  const verdict = after < marks ? `Wrong evidence. One credibility mark lost; ${after} left.` : 'Wrong evidence.';
  if (!firstWrongIsFree) expect(after).toBeLessThanOrEqual(marks);
  // The verdict, then the witness's answer: both heard, the verdict first.
  inOrder(await announced(page), [verdict, ...(await backlogTexts(page, lines)).slice(0, 1)], mark);

  // The right present: the objection, the contradiction exposed, then the lines after it.
  await goToStatement(page, target);
  st = await statementView(page);
  lines = await backlogLength(page);
  mark = (await announced(page)).length;
  await page.keyboard.press('e');
  await pickAndPresent(page, right);
  // Then the line of the document that contradicts the statement, by keyboard.
  if (point) await pointByKeyboard(page, point);
  await page.waitForSelector('#dialogue:not([hidden])');
  await quiet(page);
  said = await announced(page);
  inOrder(said, [/^(OBJECTION|TAKE THAT|HOLD IT)!$/, `Contradiction exposed: statement ${st.number} of ${st.total}.`], mark);
  inOrder(said, await backlogTexts(page, lines), mark);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** In the open record: arrows to the item, Tab to its action, Enter. */
async function pickAndPresent(page: Page, item: string): Promise<void> {
  await page.waitForSelector('#record-dialog[open]');
  const ids = () => page.locator('#record-dialog .items button').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  if (!(await ids()).includes(item)) await page.keyboard.press('ArrowRight');
  const list = await ids();
  for (let i = 0; i < list.length; i++) {
    if ((await page.getAttribute('#record-dialog .items button[aria-current="true"]', 'data-id')) === item) break;
    await page.keyboard.press('ArrowDown');
  }
  const action = page.locator(`#record-dialog [data-present="${item}"]`);
  for (let i = 0; i < 10 && !(await action.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Closed, or open again at once for pointing (the right item of a statement with a proof).
  await page.waitForSelector('#record-dialog:not([open]), #record-dialog[open] .fx-pick', { state: 'attached' });
}

/**
 * Plays the route up to the first cross-examination's first present, then examines it. The
 * reader listens from the start (the Prologue: every line before the cross-examination is
 * checked too) or from the cross-examination on.
 */
async function toFirstPresent(page: Page, r: Route, firstWrongIsFree: boolean, listening: boolean): Promise<number> {
  const boards = boardsOf(r);
  const at = r.route.findIndex((a) => a.startsWith('present:'));
  for (const action of r.route.slice(0, at)) await playAction(page, action, boards);
  expect(await advanceLines(page)).toBe('cross');
  if (listening) inOrder(await announced(page), await backlogTexts(page)); // every line so far, in order
  else await startReader(page);
  const [, target, right] = r.route[at].split(':');
  const point = r.route[at + 1]?.startsWith('point:') ? r.route[at + 1].slice('point:'.length) : null;
  await crossExamine(page, r, target, right, point, firstWrongIsFree);
  return point ? at + 2 : at + 1;
}

describe('with a screen reader (virtual), by keyboard', () => {
  it('the Prologue, start to results: every line, statement, mark, item, objection and hint is heard in order', async () => {
    const r = caseRoute('prologue');
    const page = await begin('prologue', true);
    const next = await toFirstPresent(page, r, true, true);
    for (const action of r.route.slice(next)) await playAction(page, action);
    expect(await advanceLines(page, (p) => p === 'ended')).toBe('ended');
    const said = await announced(page);
    // Every line of the case, in order; every item that entered the record; the results last.
    inOrder(said, await backlogTexts(page));
    const added = said.filter((s) => /^(Added to|Updated in) the court record: /.test(s));
    const stage = await page.evaluate(() => (window as any).__TEST__.stage.snapshot());
    expect(added.length).toBeGreaterThanOrEqual(stage.evidenceCards);
    expect(said.filter((s) => s.startsWith('Contradiction exposed')).length).toBeGreaterThanOrEqual(4);
    expect(said.at(-1)).toMatch(/^Case closed\. Contradictions found: \d+ of \d+\. Hints: \d+\. Wrong presents: \d+\./);
    // The ending screen has its heading, and focus is on its button.
    expect(await page.locator('h1:visible').count()).toBe(1);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  const others = CASES.filter((c) => c.id !== 'prologue').map((c) => c.id);
  it.each(others)('%s: the first cross-examination is heard in order', async (id) => {
    const r = caseRoute(id);
    // Started from a save made at the first cross-examination (a restored game looks exactly
    // like a played one: tests/story/restoredLooksPlayed.test.ts); the reader listens from there.
    const at = r.route.findIndex((a) => a.startsWith('present:'));
    const page = await continueFrom(browserFor(), id, at);
    await page.evaluate(() => ((window as any).__TEST__.announcer.gap = 25));
    expect(await advanceLines(page)).toBe('cross');
    await startReader(page);
    const [, target, right] = r.route[at].split(':');
    const point = r.route[at + 1]?.startsWith('point:') ? r.route[at + 1].slice('point:'.length) : null;
    await crossExamine(page, r, target, right, point, false);
    expect(await phase(page)).not.toBe('title');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('without single-key shortcuts, Tab and the buttons do everything; the tips name only buttons', async () => {
    const page = await openGame(browserFor());
    await page.keyboard.press('s');
    await page.waitForSelector('#settings-dialog[open]');
    await page.uncheck('#settings-dialog input[name="singleKeys"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#settings-dialog:not([open])', { state: 'attached' });
    await page.keyboard.press('s'); // a single key: nothing happens now
    expect(await page.locator('#settings-dialog[open]').count()).toBe(0);
    await page.focus('[data-case="prologue"]');
    await page.keyboard.press('Enter');
    expect(await advanceLines(page)).toBe('cross');
    const tips = await page.evaluate(() => (window as any).__TEST__.courtroom.session.backlog.all().map((e: { text: string }) => e.text).filter((t: string) => t.startsWith('Tip:')) as string[]);
    expect(tips.some((t) => t.includes('Previous and Next'))).toBe(true);
    const statement = await currentStatement(page);
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowRight');
    expect(await phase(page)).toBe('cross');
    expect(await currentStatement(page)).toBe(statement);
    expect(await page.getAttribute('[data-action="press"]', 'aria-keyshortcuts')).toBeNull();
    expect(await page.locator('[data-action="press"] kbd').isVisible()).toBe(false);
    // Tab to "Next" and Enter: the next statement.
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.getAttribute('data-action'))) !== 'next'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await currentStatement(page)).not.toBe(statement);
    // Tab to "Press" and Enter: the conversation starts.
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.getAttribute('data-action'))) !== 'press'; i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await phase(page)).toBe('line');
    // The record by its button; the dialog is named "Court Record" when only browsing.
    await page.click('#btn-record');
    await page.waitForSelector('#record-dialog[open]');
    expect(await page.textContent('#record-heading')).toBe('Court Record');
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
