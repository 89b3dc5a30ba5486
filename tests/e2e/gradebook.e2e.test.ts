// Issue 12 in headless Chromium: a teacher assigns two cases; three students play and hand in
// (one guessing everything, one handing in twice, one editing the file); the class view shows
// three rows, found N of M, the answers side by side, flags the edited file, exports a CSV
// whose rows match, and still shows the class after a reload. Then a shared laptop: two
// students keep separate saves, and a save file moves progress to a fresh browser.
// Waits on the game's own DOM state only; window.__TEST__ is read, never used to act.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CaseSession } from '../../src/story/caseSession';
import { CASES } from '../../src/content/caseList';
import { loadCaseOrThrow } from '../../tools/caseFiles';
import { currentStatement, gameErrors, openGame, phase, screenshot, useBrowser } from './browser';
import { caseRoute } from './caseRoute';
import { advanceLines, advanceToCross, playAction, presentByKeyboard } from './keyboardPlayer';
import { playOnInNode, routeSteps } from './savedAt';

const browserFor = useBrowser({ art: 'on-demand' }); // this file does not look at the stage
const { route } = caseRoute('prologue');
/** Every statement with a contradiction, as cross.statement, from the case's own models. */
function contradictionIds(id: string): string[] {
  const session = new CaseSession(loadCaseOrThrow(id).content);
  return session.crossIds().flatMap((c) => session.crossModel(c).statements.filter((s) => s.answers.length).map((s) => `${c}.${s.id}`));
}
const contradictions = (id: string) => contradictionIds(id).length;

async function download(page: Page, click: () => Promise<unknown>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

async function handIn(page: Page): Promise<{ name: string; text: string }> {
  await page.click('#btn-report');
  await page.waitForSelector('#classroom-page[data-page="report"] #btn-download-report:not([disabled])');
  const f = await download(page, () => page.click('#btn-download-report'));
  await page.click('#btn-report-back');
  return f;
}

/** Another tab in the same browser profile: the next student at the same laptop. */
async function newTab(context: BrowserContext, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}?test=1&art=on-demand&${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

async function startAssigned(page: Page, name: string): Promise<void> {
  expect(await page.inputValue('#student-name')).toBe(''); // never the previous student's name
  await page.fill('#student-name', name);
  await page.click('[data-case="prologue"]');
  await advanceToCross(page);
}

const heldItems = (page: Page) => page.evaluate(() => (window as any).__TEST__.courtroom.session.record.heldIds() as string[]);
const presents = (page: Page) => page.evaluate(() => ((window as any).__TEST__.courtroom.session.log.all() as Array<{ kind: string }>).filter((e) => e.kind === 'present').length);
const prologueSession = new CaseSession(loadCaseOrThrow('prologue').content);
/** The items that answer the statement on screen, and those tagged # close (no mark, not counted as wrong). */
const answersOf = async (page: Page) => {
  const id = await currentStatement(page);
  const cross = await page.evaluate(() => (window as any).__TEST__.courtroom.session.view().cross.id as string);
  const st = prologueSession.crossModel(cross).statements.find((s) => s.id === id)!;
  return [...st.answers, ...st.wrongs.filter((w) => w.close).flatMap((w) => w.items)];
};

/** A guessing student, in Node: at the statement on view, an item that is not its answer
 *  (nor a # close one), `times` over, reading the answer back to the testimony each time. */
function guessWrong(times: number) {
  return (s: CaseSession) => {
    for (let i = 0; i < times; i++) {
      const v = s.view();
      if (v.phase !== 'cross') throw new Error(`guessing outside a cross-examination (${v.phase})`);
      const st = s.crossModel(v.cross.id).statements.find((x) => x.id === s.currentStatement().id)!;
      const right = [...st.answers, ...st.wrongs.filter((w) => w.close).flatMap((w) => w.items)];
      const wrong = s.record.heldIds().filter((x) => !right.includes(x));
      s.present(wrong[i % wrong.length]);
      while (s.view().phase === 'line') s.advance();
    }
  };
}

describe('classroom: one report per student per assignment, the gradebook, shared devices', () => {
  it('three students hand in; the class view grades them, flags the edited file, exports CSV and keeps the class', async () => {
    // ---- the teacher assigns the Prologue and Case 1 -------------------------------------
    const teacher = await openGame(browserFor());
    await teacher.click('#btn-for-teachers');
    await teacher.waitForSelector('#classroom-page[data-page="teacher"]');
    await teacher.check('input[name="case"][value="prologue"]');
    await teacher.check('input[name="case"][value="drammen-1"]');
    await teacher.fill('#assign-class', 'History 9B');
    await teacher.fill('#assign-due', '2026-12-11');
    expect(await teacher.getAttribute('#assign-due', 'type')).toBe('date');
    await teacher.fill('#assign-note', 'x'.repeat(240));
    expect(await teacher.textContent('#assign-note-count')).toMatch(/240 of 240 characters: the note is full/);
    await teacher.fill('#assign-note', 'Play both cases and hand in your report file.');
    expect(await teacher.textContent('#assign-note-count')).toMatch(/^45 of 240 characters/);
    await teacher.click('#btn-qr-large');
    await teacher.waitForSelector('dialog#qr-large[open] svg.qr');
    const qrSize = await teacher.locator('dialog#qr-large svg.qr').boundingBox();
    expect(qrSize!.width).toBeGreaterThan(500); // large enough for a projector (vs 260 px on the page)
    expect(await teacher.locator('#btn-qr-print').count()).toBe(1);
    await screenshot(teacher, 'classroom-qr-large');
    await teacher.keyboard.press('Escape');
    await teacher.waitForSelector('dialog#qr-large', { state: 'detached' });
    const payload = new URL(await teacher.inputValue('#assign-link')).searchParams.get('assign')!;
    const M = contradictions('prologue') + contradictions('drammen-1');

    // ---- Ada hands in twice: early, then after the whole Prologue with an answer ------------
    const ada = await openGame(browserFor(), { query: `assign=${payload}` });
    expect(await ada.locator('.case-card').count()).toBe(2);
    await ada.fill('#student-name', 'Ada Lovelace');
    await ada.click('[data-case="prologue"]');
    let early: { name: string; text: string } | null = null;
    let glossary = false;
    // By keyboard until she has handed in early and met a glossary word; the cross-examinations
    // between are carried on in Node from her own save (savedAt.ts: her steps stay in her log),
    // and she plays the last one and the ending on screen again. The whole Prologue is played
    // by keyboard in prologue.e2e.test.ts.
    const last = route.findLastIndex((a) => a.startsWith('present:'));
    let next = 0;
    for (const action of route) {
      if (early && glossary && next < last) break;
      next++;
      // Read on line by line, trying the first glossary word met in the dialogue.
      while (!glossary && (await phase(ada)) === 'line' && !(await ada.locator('#line-text .gloss-term').count())) await ada.keyboard.press('Enter');
      if (!early && (await advanceLines(ada)) === 'cross') early = await handIn(ada);
      if (!glossary && (await ada.locator('#line-text .gloss-term').count())) {
        // A glossary word in the dialogue opens its entry by keyboard; Esc returns to the word.
        glossary = true;
        const word = ada.locator('#line-text .gloss-term').first();
        await word.focus();
        await ada.keyboard.press('Enter');
        await ada.waitForSelector('dialog#gloss-dialog[open]');
        expect(await ada.textContent('#gloss-heading')).toBe(await word.getAttribute('data-term'));
        expect(await ada.textContent('#gloss-dialog')).toMatch(/Source: book line|Outside the book/);
        await ada.keyboard.press('Escape');
        await ada.waitForSelector('dialog#gloss-dialog', { state: 'detached' });
        expect(await word.evaluate((el) => el === document.activeElement)).toBe(true);
        await ada.focus('#btn-next');
      }
      await playAction(ada, action);
    }
    expect(glossary).toBe(true);
    if (next < last) {
      await playOnInNode(ada, 'prologue', routeSteps(next, last));
      for (const action of route.slice(last)) await playAction(ada, action);
    }
    expect(await advanceLines(ada, (p) => p === 'ended')).toBe('ended');
    await ada.click('#btn-discussion');
    await ada.fill('#debrief-q1', 'Each side told the night to suit itself. '.repeat(3) + 'x'.repeat(300));
    const q1 = (await ada.textContent('#debrief-answers label[for="debrief-q1"]'))!;
    await ada.click('#btn-discussion-back');
    await ada.click('#btn-your-report');
    await ada.waitForSelector('#classroom-page[data-page="report"] #btn-download-report:not([disabled])');
    expect(await ada.textContent('.report-total')).toMatch(new RegExp(`of ${M}, in 2 cases \\(1 finished\\)`));
    expect(await ada.textContent('.report-case[data-case="drammen-1"]')).toContain('Not started yet.');
    const answerBox = await ada.locator('.report-answers dd').first().boundingBox();
    const page = await ada.locator('.cr-inner').boundingBox();
    expect(answerBox!.x + answerBox!.width).toBeLessThanOrEqual(page!.x + page!.width + 1); // a long answer wraps
    await screenshot(ada, 'classroom-report-assignment');
    const final = await download(ada, () => ada.click('#btn-download-report'));
    const adaReport = JSON.parse(final.text);
    expect(adaReport.cases.map((c: any) => c.caseId)).toEqual(['prologue', 'drammen-1']);
    expect(final.name).toMatch(/^exhibit-1937-report-ada-lovelace-history-9b-/);
    expect(gameErrors(ada)).toEqual([]);

    // ---- Gus presents everything that is wrong -------------------------------------------
    // One wrong present by keyboard; his eleven other guesses are carried on in Node from his
    // own save (savedAt.ts), so all twelve are in his log and his report.
    const gus = await openGame(browserFor(), { query: `assign=${payload}` });
    await startAssigned(gus, 'Gus');
    const answers = await answersOf(gus);
    await presentByKeyboard(gus, (await heldItems(gus)).find((x) => !answers.includes(x))!);
    expect(await advanceLines(gus)).toBe('cross');
    await playOnInNode(gus, 'prologue', guessWrong(11));
    expect(await phase(gus)).toBe('cross');
    expect(await presents(gus)).toBe(12);
    const gusFile = await handIn(gus);

    // ---- Eve plays a little, then edits her file by hand --------------------------------------
    const eve = await openGame(browserFor(), { query: `assign=${payload}` });
    await startAssigned(eve, 'Eve');
    // A wrong present (a right one would open the pointing step in the record first).
    const notRight = await answersOf(eve);
    await presentByKeyboard(eve, (await heldItems(eve)).find((x) => !notRight.includes(x))!);
    expect(await advanceLines(eve)).toBe('cross');
    const eveFile = await handIn(eve);
    const eveEdited = JSON.parse(eveFile.text);
    eveEdited.cases[0].finished = true;
    eveEdited.cases[0].secondsSpent = 2400;

    // ---- the class view ------------------------------------------------------------------
    await teacher.click('#btn-class-view');
    await teacher.waitForSelector('#classroom-page[data-page="class"]:not([data-loading])');
    const json = (f: { name: string; text: string }) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
    await teacher.setInputFiles('#report-files', [json(early!), json(final), json(gusFile), json({ name: 'eve.json', text: JSON.stringify(eveEdited) })]);
    await teacher.locator('.class-table tbody tr').nth(2).waitFor();
    expect(await teacher.locator('.class-table tbody tr').count()).toBe(3);
    const adaRow = teacher.locator('.class-table tr[data-student="Ada Lovelace"]');
    const adaFound = adaReport.cases.reduce((n: number, c: any) => n + c.summary.contradictionsFound, 0);
    expect(await adaRow.locator('td.found').textContent()).toBe(`${adaFound} of ${M}`);
    expect(await adaRow.locator('td.reports').textContent()).toMatch(/^2: the newest is used/);
    expect(await adaRow.locator('[data-flag]').count()).toBe(0);
    expect(await teacher.locator('.class-table tr[data-student="Eve"] [data-flag="edited"]').textContent()).toMatch(/edited after download/);
    expect(await teacher.locator('.class-table tr[data-student="Gus"] [data-guessing]').count()).toBe(1);
    expect(await teacher.textContent('.left-out')).toContain('Gus');
    const side = teacher.locator(`.question-answers[data-question="${q1.replace(/"/g, '\\"')}"]`);
    expect(await side.locator('tbody tr').count()).toBe(3);
    expect(await side.locator('tr[data-student="Ada Lovelace"] td').textContent()).toContain('Each side told the night to suit itself.');
    expect(await side.locator('tr[data-student="Gus"] td').textContent()).toBe('(no answer)');
    await teacher.evaluate(() => document.getElementById('classroom-page')!.scrollTo(0, 0));
    await screenshot(teacher, 'classroom-gradebook');

    // ---- CSV: one row per student, matching the table ------------------------------------
    const csv = await download(teacher, () => teacher.click('#btn-class-csv'));
    expect(csv.name).toMatch(/^exhibit-1937-gradebook-history-9b-.*\.csv$/);
    const rows = Papa.parse<string[]>(csv.text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(4);
    const col = (name: string) => rows[0].indexOf(name);
    const table = await teacher.locator('.class-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-student'), tr.querySelector('td.found')!.textContent]));
    expect(rows.slice(1).map((r) => [r[col('Student')], `${r[col('Contradictions found')]} of ${r[col('Of')]}`])).toEqual(table);
    expect(rows.find((r) => r[0] === 'Eve')![col('Flags')]).toMatch(/edited after download/);
    expect(rows.find((r) => r[0] === 'Gus')![col('Guessing')]).toBe('yes');
    expect(rows.find((r) => r[0] === 'Ada Lovelace')![rows[0].findIndex((h) => h.endsWith(q1))]).toContain('Each side told the night');

    // ---- the class is still there after a reload; "Clear the class" forgets it ------------
    await teacher.reload();
    await teacher.waitForSelector('html[data-ready="true"]');
    await teacher.waitForSelector('#classroom-page[data-page="class"]:not([data-loading])');
    expect(await teacher.locator('.class-table tbody tr').count()).toBe(3);
    teacher.once('dialog', (d) => void d.accept());
    await teacher.click('#btn-class-clear');
    await teacher.locator('.class-table').waitFor({ state: 'detached' });
    await teacher.reload();
    await teacher.waitForSelector('#classroom-page[data-page="class"]:not([data-loading])');
    expect(await teacher.locator('.class-table').count()).toBe(0);
    expect(gameErrors(teacher)).toEqual([]);
    for (const p of [teacher, ada, gus, eve]) await p.context().close();
  });

  it('a shared laptop: two students keep separate saves; a save file moves progress to a fresh browser', async () => {
    const teacher = await openGame(browserFor());
    await teacher.click('#btn-for-teachers');
    const payload = new URL(await teacher.inputValue('#assign-link')).searchParams.get('assign')!;
    await teacher.context().close();

    // Ann plays to the first cross-examination and presents one wrong item.
    const ann = await openGame(browserFor(), { query: `assign=${payload}` });
    await startAssigned(ann, 'Ann');
    const answers = await answersOf(ann);
    await presentByKeyboard(ann, (await heldItems(ann)).find((x) => !answers.includes(x))!);
    expect(await advanceLines(ann)).toBe('cross');
    expect(await presents(ann)).toBe(1);

    // Ben, next at the same laptop (a new tab): no name filled in, "Who is playing?" offers Ann.
    const ben = await newTab(ann.context(), `assign=${payload}`);
    expect(await ben.locator('.who-is-playing [data-player="Ann"]').count()).toBe(1);
    expect(await ben.locator('#btn-continue').count()).toBe(0); // Ann's save is not offered to him
    await startAssigned(ben, 'Ben');
    await ben.reload();
    await ben.waitForSelector('html[data-ready="true"]');
    expect(await ben.locator('.who-is-playing [data-player="Ben"][aria-pressed="true"]').count()).toBe(1);
    await screenshot(ben, 'classroom-who-is-playing');
    await ben.click('#btn-continue');
    expect(await phase(ben)).toBe('cross');
    expect(await presents(ben)).toBe(0); // Ben's own game, not Ann's
    const keys = await ben.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('/save/prologue')).sort());
    expect(keys).toEqual(['exhibit-1937/player/ann/save/prologue', 'exhibit-1937/player/ben/save/prologue']);

    // A third tab: Ann picks her name and continues her own game, then saves it to a file.
    const again = await newTab(ann.context(), `assign=${payload}`);
    await again.click('.who-is-playing [data-player="Ann"]');
    await again.waitForSelector('#btn-continue');
    const saveFile = await download(again, () => again.click('#btn-save-file'));
    expect(saveFile.name).toMatch(/^exhibit-1937-save-ann-/);
    await again.click('#btn-continue');
    expect(await phase(again)).toBe('cross');
    expect(await presents(again)).toBe(1);

    // A fresh browser: a damaged file changes nothing; the real one brings Ann's game.
    const home = await openGame(browserFor());
    const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await home.setInputFiles('#open-save-file', file('broken.json', saveFile.text.slice(0, 200)));
    await home.waitForSelector('.alert[role="alert"]');
    expect(await home.textContent('.alert')).toMatch(/damaged.*Nothing was changed/);
    const edited = saveFile.text.replace('"player": "Ann"', '"player": "Mallory"');
    await home.setInputFiles('#open-save-file', file('edited.json', edited));
    await home.waitForFunction(() => /changed after it was made/.test(document.querySelector('.alert')?.textContent ?? ''));
    expect(await home.locator('#btn-continue').count()).toBe(0);
    await home.setInputFiles('#open-save-file', file(saveFile.name, saveFile.text));
    await home.waitForFunction(() => /Save file opened for Ann/.test(document.querySelector('.alert')?.textContent ?? ''));
    await home.click('#btn-continue');
    expect(await phase(home)).toBe('cross');
    expect(await presents(home)).toBe(1);
    for (const p of [ann, home]) expect(gameErrors(p)).toEqual([]);
    await ann.context().close();
    await home.context().close();
  });
  it('#key lists every contradiction of the chosen cases; #worksheet prints without answers; #primer is reachable from the title and the guide', async () => {
    const page = await openGame(browserFor());
    // The primer from the title screen.
    await page.click('#btn-primer');
    await page.waitForSelector('#classroom-page[data-page="primer"]');
    expect(await page.evaluate(() => location.hash)).toBe('#primer');
    expect(await page.textContent('.primer-where')).toMatch(/^Screen 1 of \d+$/);
    expect(await page.textContent('#classroom-page')).toMatch(/outside the book: /);
    expect(await page.textContent('#classroom-page')).toMatch(/book lines /);
    await page.click('#btn-primer-next');
    expect(await page.textContent('.primer-where')).toMatch(/^Screen 2 of/);
    await screenshot(page, 'classroom-primer');
    await page.click('#btn-primer-guide');
    await page.waitForSelector('#classroom-page[data-page="guide"]');
    // …and from the guide.
    await page.click('#btn-guide-primer');
    await page.waitForSelector('#classroom-page[data-page="primer"]');
    await page.click('#btn-primer-back');
    expect(await phase(page)).toBe('title');

    // The answer key: every contradiction of every case, proof or "proof pending".
    await page.click('#btn-answer-key');
    await page.waitForSelector('#classroom-page[data-page="key"] #key-cases:not([aria-busy])');
    for (const id of CASES.map((c) => c.id)) {
      const want = contradictionIds(id);
      const shown = await page.locator(`.key-case[data-case="${id}"] .key-statement`).evaluateAll((els) => els.map((e) => e.getAttribute('data-statement')));
      expect(shown, id).toEqual(want);
    }
    const first = page.locator('.key-statement').first();
    expect(await first.textContent()).toMatch(/Present.*(Why.*Book|proof pending)/s);
    await screenshot(page, 'classroom-answer-key');
    // Only the chosen cases.
    for (const c of CASES.filter((x) => x.id !== 'prologue')) await page.uncheck(`input[name="key-case"][value="${c.id}"]`);
    await page.waitForFunction(() => document.querySelectorAll('.key-case').length === 1);
    // The worksheet: the statements, room to write, the rubric; no answers.
    await page.click('#btn-show-worksheet');
    await page.waitForSelector('#classroom-page[data-page="worksheet"] #key-cases:not([aria-busy])');
    expect(await page.locator('.sheet-statement').count()).toBeGreaterThan(0);
    expect(await page.locator('.key-proof').count()).toBe(0);
    expect(await page.locator('table.rubric').count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'classroom-worksheet-print');
    await page.emulateMedia({ media: 'screen' });
    expect(gameErrors(page)).toEqual([]);
    await page.context().close();
  });
});
