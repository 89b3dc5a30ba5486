import { describe, expect, it } from 'vitest';
import { CaseSession } from '../../src/story/caseSession';
import { contentVersion } from '../../src/save/saveGame';
import { MAX_MARKS } from '../../src/story/modes';
import { encodeAssignment, makeAssignment } from '../../src/classroom/assignment';
import { caseFacts } from '../../src/classroom/caseFacts';
import type { CaseProgress } from '../../src/classroom/progress';
import { buildReport, plural, readReport, reportFileName, reportToJson, reportTotals, REPORT_FORMAT, type ReportInput } from '../../src/classroom/report';
import { fakeClock, skipLines, storyCase } from '../helpers/cases';

const prologue = () => storyCase('prologue').content;
const drammen = () => storyCase('drammen-1').content;

/** Plays the Prologue to its first cross-examination, then press, a wrong present and a hint. */
function playSome(opts: { hints?: boolean } = {}): CaseSession {
  const s = new CaseSession(prologue(), { strict: true, clock: fakeClock(), ...opts });
  s.start();
  for (let i = 0; i < 50 && s.view().phase !== 'cross'; i++) {
    skipLines(s);
    const v = s.view();
    if (v.phase === 'choices') s.choose(v.choices[0].index);
  }
  expect(s.view().phase).toBe('cross');
  s.press();
  skipLines(s);
  const st = s.currentStatement();
  const wrong = s.record.heldIds().find((i) => !st.answers.includes(i))!;
  s.present(wrong);
  skipLines(s);
  if (opts.hints !== false) s.hint();
  return s;
}

function progressOf(s: CaseSession): CaseProgress {
  return {
    caseId: s.content.id, caseTitle: s.content.title, contentVersion: contentVersion(s.content), mode: s.currentMode, hintsAllowed: true,
    log: [...s.log.all()], questions: [...s.debriefQuestions], updatedAt: '2026-11-25T10:00:00.000Z',
  };
}

function input(s: CaseSession, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    student: ' Ada ', assignment: makeAssignment({ cases: ['prologue', 'drammen-1'], mode: 'standard', hints: true, className: '9B' }),
    cases: [
      { facts: caseFacts(prologue()), progress: progressOf(s), answers: [{ question: 'Who gains?', answer: '  Both sides.  ' }] },
      { facts: caseFacts(drammen()), progress: null, answers: [] },
    ],
    maxMarks: MAX_MARKS, now: new Date('2026-11-25T10:00:00Z'), ...extra,
  };
}

describe('the student report: one per student per assignment', () => {
  it('covers every assigned case: found of N, wrong presents, hints, marks, with statement texts and item titles', () => {
    const s = playSome();
    const r = buildReport(input(s));
    expect(r.format).toBe(REPORT_FORMAT);
    expect(r.version).toBe(2);
    expect(r.student).toBe('Ada');
    expect(r.assignment?.className).toBe('9B');
    expect(r.assignmentCode).toBe(encodeAssignment(r.assignment!));
    expect(r.cases.map((c) => c.caseId)).toEqual(['prologue', 'drammen-1']);
    const [p, d] = r.cases;
    expect(p.played).toBe(true);
    expect(d.played).toBe(false);
    expect(p.contradictions).toBeGreaterThanOrEqual(2);
    expect(d.contradictions).toBeGreaterThanOrEqual(2);
    expect(p.summary).toMatchObject({ wrongPresents: 1, presses: 1, hintsUsed: 1, contradictionsFound: 0 });
    const wrong = p.events.find((e) => e.kind === 'present')!;
    expect(wrong).toMatchObject({ kind: 'present', correct: false, cross: 'ce_swen' });
    if (wrong.kind !== 'present') return;
    expect(wrong.statementText).toBe(s.crossModel('ce_swen').statements.find((x) => x.id === wrong.statement)!.text);
    expect(wrong.itemTitle).toBe(s.record.entry(wrong.item).title);
    expect(p.summary.marksLost).toBe(MAX_MARKS - wrong.marksLeft);
    expect(p.secondsSpent).toBeGreaterThan(0);
    expect(p.answers).toEqual([{ question: 'Who gains?', answer: 'Both sides.' }]);
    expect(reportTotals(r)).toMatchObject({ found: 0, of: p.contradictions + d.contradictions, wrongPresents: 1 });
    expect(reportFileName(r)).toBe('exhibit-1937-report-ada-9b-2026-11-25.json');
  });

  it('reads back exactly what it wrote, sealed; any edit breaks the seal', () => {
    const r = buildReport(input(playSome()));
    expect(readReport(reportToJson(r))).toEqual({ ok: true, sealed: true, report: r });
    const edit = (f: (x: any) => void) => {
      const x = JSON.parse(reportToJson(r));
      f(x);
      const back = readReport(JSON.stringify(x));
      return back.ok ? back.sealed : 'unreadable';
    };
    expect(edit((x) => (x.cases[0].finished = true))).toBe(false);
    expect(edit((x) => (x.cases[0].secondsSpent = 2400))).toBe(false);
    expect(edit((x) => (x.student = 'Someone Else'))).toBe(false);
    expect(edit((x) => (x.assignmentCode = null))).toBe(false);
    expect(edit((x) => x.cases[0].events.push(...Array(100).fill(x.cases[0].events[0])))).toBe(false);
    // Reformatting the file (key order, spaces) is not an edit.
    expect(edit((x) => Object.assign(x, { seal: x.seal }))).toBe(true);
  });

  it('rejects damaged, foreign, older and newer files with a reason, and recomputes the totals', () => {
    const r = buildReport(input(playSome(), { assignment: null }));
    expect(r.assignmentCode).toBeNull();
    expect(readReport('{nope')).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged or not a JSON/) });
    expect(readReport('[]')).toMatchObject({ ok: false, reason: expect.stringMatching(/not an Exhibit 1937 report/) });
    expect(readReport(JSON.stringify({ format: 'exhibit-1937-save' }))).toMatchObject({ ok: false, reason: expect.stringMatching(/saved game/) });
    expect(readReport(JSON.stringify({ ...r, version: 7 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
    expect(readReport(JSON.stringify({ ...r, version: 1 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/older version/) });
    const { student: _s, ...noStudent } = r;
    expect(readReport(JSON.stringify(noStudent))).toMatchObject({ ok: false, reason: expect.stringMatching(/incomplete/) });
    expect(readReport(JSON.stringify({ ...r, cases: [{ ...r.cases[0], events: [null] }] }))).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) });
    const edited = readReport(JSON.stringify({ ...r, cases: [{ ...r.cases[0], summary: { ...r.cases[0].summary, wrongPresents: 0 } }] }));
    expect(edited.ok && edited.report.cases[0].summary.wrongPresents).toBe(1);
  });

  it('says plurals right', () => {
    expect(plural(1, 'contradiction')).toBe('1 contradiction');
    expect(plural(0, 'contradiction')).toBe('0 contradictions');
    expect(plural(2, 'copy', 'copies')).toBe('2 copies');
  });

  it('records the debrief questions the player saw (# question) and keeps them across a save', () => {
    const s = new CaseSession(prologue(), { strict: true, clock: fakeClock() });
    // Jump straight to the debrief knot of the Prologue.
    (s as unknown as { story: { ChoosePathString(p: string): void } }).story.ChoosePathString('debrief');
    s.advance();
    skipLines(s);
    // The debrief opens with a source check: answer it, then read on to the end.
    while (s.view().phase === 'choices') {
      s.choose(0);
      skipLines(s);
    }
    expect(s.view().phase).toBe('ended');
    expect(s.debriefQuestions.length).toBeGreaterThanOrEqual(2);
    expect(s.debriefQuestions.every((q) => q.endsWith('?'))).toBe(true);
    const again = new CaseSession(prologue(), { clock: fakeClock() });
    again.load(s.save());
    expect(again.debriefQuestions).toEqual(s.debriefQuestions);
  });

  it('hints off for an assignment: no hint, and the view says so', () => {
    const s = playSome({ hints: false });
    const v = s.view();
    expect(v.phase === 'cross' && v.cross.hintsAllowed).toBe(false);
    expect(() => s.hint()).toThrow(/turned off/);
    expect(s.log.all().some((e) => e.kind === 'hint')).toBe(false);
  });
});

describe('timeline-board checks in the report', () => {
  it('counts the checks and those that confirmed nothing, and keeps each step', async () => {
    const { summarize } = await import('../../src/classroom/report');
    const at = '2026-12-07T04:00:00.000Z';
    const s = summarize([
      { at, kind: 'board-place', board: 'b', card: 'c1', cell: '1932-12-03', correct: false, lane: 'trotsky' },
      { at, kind: 'board-check', board: 'b', placed: 3, confirmed: 0, marksLeft: 4 },
      { at, kind: 'board-check', board: 'b', placed: 3, confirmed: 3, marksLeft: 4 },
    ]);
    expect(s).toMatchObject({ boardChecks: 2, boardFailedChecks: 1, boardWrongPlacements: 1 });
  });

  it('does not say which placement is wrong while the board is not finished', () => {
    const s = playSome();
    const at = '2026-12-07T04:00:00.000Z';
    const log = [
      ...s.log.all(),
      { at, kind: 'board-place' as const, board: 'b1', card: 'c1', cell: '1932-12-03', correct: false, lane: 'sedov' },
      { at, kind: 'board-place' as const, board: 'b2', card: 'c2', cell: '1932-12-04', correct: false, lane: 'sedov' },
      { at, kind: 'board-complete' as const, board: 'b2', conflicts: 1 },
    ];
    const r = buildReport({ ...input(s), cases: [{ facts: caseFacts(prologue()), progress: { ...progressOf(s), log }, answers: [] }] });
    const places = r.cases[0].events.filter((e) => e.kind === 'board-place');
    expect(places.map((e) => ('correct' in e ? e.correct : 'hidden'))).toEqual(['hidden', false]);
    expect(r.cases[0].summary.boardWrongPlacements).toBe(1);
  });
});
