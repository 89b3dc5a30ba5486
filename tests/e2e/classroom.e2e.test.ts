// Classroom use in headless Chromium: a teacher makes an assignment link; a student opens it,
// types a name, plays the Prologue with a wrong present and a hint, downloads the report,
// finishes the case and answers the debrief questions; the teacher opens the report files
// in the class view. window.__TEST__ is only read, never used to act.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CASES } from '../../src/content/caseList';
import { CaseSession } from '../../src/story/caseSession';
import { currentStatement, gameErrors, openGame, phase, screenshot, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines, playAction, presentByKeyboard } from './keyboardPlayer';
import { playOnInNode, routeSteps } from './savedAt';

const { route, index, content } = caseRoute('prologue');

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('classroom: assignment link, student report, class view, guide', () => {
  it('a teacher assigns the Prologue, a student plays and hands in a report, the teacher sees it', async () => {
    // ---- the teacher makes a link ------------------------------------------------------
    const teacher = await openGame(browserFor());
    await teacher.click('#btn-for-teachers');
    await teacher.waitForSelector('#classroom-page[data-page="teacher"]');
    expect(await teacher.evaluate(() => location.hash)).toBe('#teacher');
    await teacher.check('input[name="case"][value="prologue"]');
    for (const c of CASES.filter((x) => x.id !== 'prologue')) await teacher.uncheck(`input[name="case"][value="${c.id}"]`);
    await teacher.check('input[name="assign-mode"][value="standard"]');
    await teacher.check('input[name="hints"][value="on"]');
    await teacher.fill('#assign-class', 'History 9B');
    await teacher.fill('#assign-due', '2026-12-11');
    await teacher.fill('#assign-note', 'Play the Prologue and hand in your report file.');
    expect(await teacher.textContent('#assign-lang')).toContain('English');
    const link = await teacher.inputValue('#assign-link');
    expect(link).toMatch(/\?assign=a1\./);
    expect(await teacher.locator('.qr-box svg[role="img"] path').count()).toBe(1);
    await teacher.evaluate(() => document.getElementById('classroom-page')!.scrollTo(0, 0));
    await screenshot(teacher, 'classroom-teacher');

    // ---- a tampered link falls back to a normal start with a message --------------------
    const payload = new URL(link).searchParams.get('assign')!;
    const bad = await openGame(browserFor(), { query: `assign=${payload.slice(0, -3)}xyz` });
    expect(await bad.textContent('[role="alert"]')).toMatch(/changed or cut off/);
    expect(await bad.locator('.case-card').count()).toBe(CASES.length); // the normal start
    await bad.context().close();

    // ---- the student opens the link ----------------------------------------------------
    const student = await openGame(browserFor(), { query: `assign=${payload}` });
    expect(await student.textContent('.assignment-panel')).toContain('History 9B');
    expect(await student.textContent('.assignment-panel')).toContain('Play the Prologue and hand in your report file.');
    expect(await student.textContent('.assignment-panel')).toMatch(/11.*2026|2026.*11/);
    expect(await student.locator('.case-card').count()).toBe(1); // only the assigned case
    expect(await student.locator('input[name="mode"]').count()).toBe(0); // the mode is fixed
    // Starting without a name asks for it.
    await student.click('[data-case="prologue"]');
    expect(await student.textContent('#student-name-error')).toMatch(/Type your name/);
    expect(await student.evaluate(() => document.activeElement?.id)).toBe('student-name');
    await student.keyboard.type('Ada Lovelace');
    await screenshot(student, 'classroom-assigned-title');
    await student.focus('[data-case="prologue"]');
    await student.keyboard.press('Enter');

    // ---- plays the route, with a wrong present and a hint at the first cross-examination --
    const ce = index.crossExaminations.find((c) => c.id === 'ce_swen')!;
    let done = false;
    let partial: { name: string; text: string } | null = null;
    // By keyboard through the first cross-examination; the ones between are carried on in Node
    // from the student's own save (savedAt.ts: the wrong present and the hint stay in the log),
    // and the last one and the ending are played on screen again. The whole Prologue is played
    // by keyboard in prologue.e2e.test.ts.
    const last = route.findLastIndex((a) => a.startsWith('present:'));
    const first = route.findIndex((a) => a.startsWith('present:'));
    const afterFirst = first + (route[first + 1]?.startsWith('point:') ? 2 : 1);
    for (let i = 0; i < route.length; i++) {
      if (i === afterFirst && i < last) {
        await playOnInNode(student, 'prologue', routeSteps(i, last));
        i = last;
      }
      const action = route[i];
      if (!done && (await advanceLines(student)) === 'cross') {
        done = true;
        const first = ce.statements.find((s) => !s.hidden)!;
        expect(await currentStatement(student)).toBe(first.id);
        const held = await student.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
        // Not an answer, and not an item tagged # close (those cost no mark and are not counted as wrong).
        const closeItems = new CaseSession(content).crossModel(ce.id).statements.find((s) => s.id === first.id)!.wrongs.filter((w) => w.close).flatMap((w) => w.items);
        const wrong = held.find((i) => !first.answers.includes(i) && !closeItems.includes(i))!;
        await presentByKeyboard(student, wrong);
        expect(await advanceLines(student)).toBe('cross');
        await student.keyboard.press('h');
        await student.waitForSelector('#testimony .hints li');
        // The report, on demand from the top bar.
        await student.click('#btn-report');
        await student.waitForSelector('#classroom-page[data-page="report"]');
        await student.waitForSelector('#btn-download-report:not([disabled])');
        await student.evaluate(() => document.querySelectorAll('#classroom-page details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await student.textContent('#classroom-page')).toContain('Presented: wrong');
        await screenshot(student, 'classroom-report');
        partial = await download(student, '#btn-download-report');
        await student.click('#btn-report-back');
        expect(await phase(student)).toBe('cross');
      }
      await playAction(student, action);
    }
    expect(await advanceLines(student, (p) => p === 'ended')).toBe('ended');

    // ---- the ending: results; the debrief questions with answer boxes on their own page; "Your report"
    expect(await student.textContent('#results')).toMatch(/Contradictions found\s*\d+ of \d+/);
    await student.click('#btn-discussion');
    expect(await student.evaluate(() => document.activeElement?.id)).toBe('debrief-q1'); // focus on the first answer box
    const boxes = student.locator('#debrief-answers textarea');
    expect(await boxes.count()).toBeGreaterThanOrEqual(2);
    const firstLabel = await student.textContent('#debrief-answers label[for="debrief-q1"]');
    expect(firstLabel).toMatch(/\?$/);
    await student.fill('#debrief-q1', 'Each side made the night fit its own story.');
    await screenshot(student, 'classroom-discussion');
    await student.click('#btn-discussion-back');
    await screenshot(student, 'classroom-ending');
    await student.click('#btn-your-report');
    await student.waitForSelector('#classroom-page[data-page="report"] #btn-download-report:not([disabled])');
    expect(await student.textContent('.report-answers')).toContain('Each side made the night fit its own story.');
    const final = await download(student, '#btn-download-report');
    expect(final.name).toMatch(/^exhibit-1937-report-ada-lovelace-history-9b-\d{4}-\d\d-\d\d\.json$/);
    expect(gameErrors(student)).toEqual([]);

    // ---- what the file holds ------------------------------------------------------------
    const rep = JSON.parse(final.text);
    expect(rep).toMatchObject({ format: 'exhibit-1937-report', version: 2, student: 'Ada Lovelace' });
    expect(rep.cases).toHaveLength(1);
    expect(rep.cases[0]).toMatchObject({ caseId: 'prologue', finished: true });
    const kase = rep.cases[0];
    expect(rep.assignment).toMatchObject({ className: 'History 9B', mode: 'standard', hints: true, cases: ['prologue'] });
    const wrongPresent = kase.events.find((e: any) => e.kind === 'present' && !e.correct);
    expect(wrongPresent.statementText).toBe(ce.statements.find((s) => !s.hidden)!.text);
    expect(wrongPresent.itemTitle).toBeTruthy();
    expect(kase.events.some((e: any) => e.kind === 'hint')).toBe(true);
    expect(kase.answers[0]).toEqual({ question: firstLabel, answer: 'Each side made the night fit its own story.' });
    expect(JSON.parse(partial!.text).cases[0].finished).toBe(false);

    // ---- the teacher's class view -------------------------------------------------------
    await teacher.click('#btn-class-view');
    await teacher.waitForSelector('#classroom-page[data-page="class"]');
    await teacher.setInputFiles('#report-files', [
      { name: final.name, mimeType: 'application/json', buffer: Buffer.from(final.text) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"exhibit-19') },
    ]);
    const row = teacher.locator('.class-table tr[data-student="Ada Lovelace"]');
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells.slice(0, 8)).toEqual(['Ada Lovelace (History 9B)', `${kase.summary.contradictionsFound} of ${kase.contradictions}`, expect.stringMatching(/^1 /), String(kase.summary.hintsUsed), expect.any(String), '1 of 1', '1', '—']);
    expect(await teacher.textContent('.hardest-table')).toContain(wrongPresent.statementText);
    expect(await teacher.textContent('.hardest-table')).toContain(wrongPresent.itemTitle);
    expect(await teacher.locator('svg.cr-chart rect').count()).toBeGreaterThanOrEqual(1);
    expect(await teacher.textContent('.skipped')).toMatch(/broken\.json.*damaged/);
    await screenshot(teacher, 'classroom-class-view');

    // ---- the guide -----------------------------------------------------------------------
    await teacher.click('#btn-class-teacher');
    await teacher.click('#btn-teacher-guide');
    await teacher.waitForSelector('#classroom-page[data-page="guide"]');
    expect(await teacher.textContent('#classroom-page')).toMatch(/Trotsky’s own account/);
    expect(await teacher.textContent('#classroom-page')).toMatch(/book lines 276–278/);
    await screenshot(teacher, 'classroom-guide');
    await teacher.click('#btn-guide-back');
    expect(await phase(teacher)).toBe('title');
    expect(await teacher.evaluate(() => location.hash)).toBe('');
    expect(gameErrors(teacher)).toEqual([]);
    await teacher.context().close();
    await student.context().close();
  });

  it('hints off in the assignment: no hint button and H does nothing', async () => {
    const teacher = await openGame(browserFor());
    await teacher.click('#btn-for-teachers');
    await teacher.check('input[name="hints"][value="off"]');
    const payload = new URL(await teacher.inputValue('#assign-link')).searchParams.get('assign')!;
    await teacher.context().close();
    const student = await openGame(browserFor(), { query: `assign=${payload}` });
    await student.fill('#student-name', 'Bo');
    await student.click('[data-case="prologue"]');
    expect(await advanceLines(student)).toBe('cross');
    expect(await student.locator('#testimony [data-action="hint"]').count()).toBe(0);
    await student.keyboard.press('h');
    expect(await student.locator('#testimony .hints').count()).toBe(0);
    const v = await student.evaluate(() => (window as any).__TEST__.courtroom.session.view());
    expect(v.cross.hintsAllowed).toBe(false);
    expect(gameErrors(student)).toEqual([]);
    await student.context().close();
  });
});
