// Issue 10 in a browser, by keyboard alone: a statement the book does not record carries a
// visible "Dramatized" label; after the right document, the player points to the line that
// contradicts the statement (a close line first: feedback, no mark in Standard); a
// dramatized dialogue line shows its label on screen and in the backlog; an item tagged
// # close costs no mark; the log (and so the report) keeps the line chosen.
import { describe, expect, it } from 'vitest';
import { currentStatement, gameErrors, openGame, phase, screenshot, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines, goToStatement, playAction, pointByKeyboard, presentByKeyboard } from './keyboardPlayer';

const { route, index } = caseRoute('prologue');
const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage

describe('proofs in the browser', () => {
  it('labels dramatized lines and lets the player point to the line by keyboard alone', async () => {
    const page = await openGame(browserFor());
    await page.keyboard.press('Enter'); // the Prologue's card has focus
    expect(await advanceLines(page)).toBe('cross');

    // The first statement is the game's condensation: labelled on screen.
    const s1 = index.crossExaminations[0].statements[0];
    expect(await currentStatement(page)).toBe(s1.id);
    expect(await page.isVisible('#testimony .statement-dramatized')).toBe(true);
    expect(await page.textContent('#testimony .statement-dramatized')).toMatch(/^Dramatized: /);
    await screenshot(page, 'dramatized-statement');

    // The right document, then a close line, then the right line.
    const proof = s1.proof!;
    const fields = index.record.find((i) => i.id === proof.item)!.fields;
    const close = fields.find((f) => f !== proof.field)!;
    const marks = await page.getAttribute('#marks', 'aria-label');
    await presentByKeyboard(page, proof.item);
    await page.waitForSelector('#record-dialog[open] .fx-pick');
    expect(await page.locator('#record-dialog .fx-pick input[type=radio]').count()).toBe(fields.length);
    await screenshot(page, 'pointing');
    await pointByKeyboard(page, close);
    await page.waitForSelector('#record-dialog[open] .point-feedback');
    expect(await page.textContent('#record-dialog .point-feedback')).toMatch(/^Close: /);
    await screenshot(page, 'pointing-close');
    expect(await page.getAttribute('#marks', 'aria-label')).toBe(marks); // Standard: a close line costs no mark
    await pointByKeyboard(page, proof.field);
    expect(await phase(page)).toBe('line');

    // Play on (the route from the walker, pointing included) to a dramatized dialogue line.
    const rest = route.slice(route.findIndex((a) => a.startsWith('point:')) + 1);
    let sawLabel = false;
    let sawClose = false;
    for (const action of rest) {
      while ((await phase(page)) === 'line') {
        const text = (await page.textContent('#line-text')) ?? '';
        if (/rendezvous with whom/i.test(text)) {
          expect(await page.isVisible('#line-dramatized')).toBe(true);
          expect(await page.textContent('#line-dramatized')).toMatch(/^Dramatized: /);
          await screenshot(page, 'dramatized-line');
          await page.keyboard.press('b');
          await page.waitForSelector('#backlog-dialog[open]');
          expect(await page.locator('#backlog-dialog .backlog-list li:last-child .dramatized-label').count()).toBe(1);
          await screenshot(page, 'dramatized-backlog');
          await page.keyboard.press('Escape');
          await page.waitForSelector('#backlog-dialog:not([open])', { state: 'attached' });
          sawLabel = true;
        }
        await page.keyboard.press('Enter');
      }
      if (!sawClose && action.startsWith('present:s2:') && (await advanceLines(page)) === 'cross') {
        // # close: after a plain wrong item (which spends the Prologue's one free wrong present),
        // an item close to right costs no mark, and the log says it was close.
        sawClose = true;
        const held = await page.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
        const s2 = index.crossExaminations[1].statements.find((s) => s.id === 's2')!;
        const closeItem = 'documents-from-table';
        const plain = held.find((i) => !s2.answers.includes(i) && !s2.specificWrongFeedback.includes(i))!;
        expect(held).toContain(closeItem);
        await goToStatement(page, 's2');
        await presentByKeyboard(page, plain);
        expect(await advanceLines(page)).toBe('cross');
        const before = await page.getAttribute('#marks', 'aria-label');
        await goToStatement(page, 's2');
        await presentByKeyboard(page, closeItem);
        expect(await advanceLines(page)).toBe('cross');
        expect(await page.getAttribute('#marks', 'aria-label')).toBe(before);
        const last = await page.evaluate(() => ((window as any).__TEST__.courtroom.session.log.all() as Array<{ kind: string }>).filter((e) => e.kind === 'present').at(-1));
        expect(last).toMatchObject({ item: closeItem, correct: false, close: true });
      }
      await playAction(page, action);
    }
    expect(sawLabel).toBe(true);
    expect(sawClose).toBe(true);
    expect(await advanceLines(page, (p) => p === 'ended')).toBe('ended');

    // The log (and so the report) keeps the line chosen, close and right.
    const points = await page.evaluate(() =>
      ((window as any).__TEST__.courtroom.session.log.all() as Array<{ kind: string; field?: string; correct?: boolean }>).filter((e) => e.kind === 'point'),
    );
    expect(points.slice(0, 2).map((e) => [e.field, e.correct])).toEqual([[close, false], [proof.field, true]]);
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
