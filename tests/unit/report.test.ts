import { describe, expect, it } from 'vitest';
import { CaseSession } from '../../src/story/caseSession';
import { contentVersion } from '../../src/save/saveGame';
import { MAX_MARKS } from '../../src/story/modes';
import { makeAssignment } from '../../src/classroom/assignment';
import { buildReport, readReport, reportFileName, reportToJson, REPORT_FORMAT } from '../../src/classroom/report';
import { fakeClock, skipLines, storyCase } from '../helpers/cases';

const prologue = () => storyCase('prologue').content;

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

describe('the student report', () => {
  it('records presses, wrong presents (with statement text and item title), hints and credibility', () => {
    const s = playSome();
    const assignment = makeAssignment({ cases: ['prologue'], mode: 'standard', hints: true, className: '9B' });
    const r = buildReport({ session: s, contentVersion: contentVersion(prologue()), student: ' Ada ', assignment, answers: [], maxMarks: MAX_MARKS, now: new Date('2026-11-25T10:00:00Z') });
    expect(r.format).toBe(REPORT_FORMAT);
    expect(r.version).toBe(1);
    expect(r.student).toBe('Ada');
    expect(r.caseId).toBe('prologue');
    expect(r.assignment?.className).toBe('9B');
    expect(r.finished).toBe(false);
    expect(r.summary).toMatchObject({ wrongPresents: 1, presses: 1, hintsUsed: 1, contradictionsFound: 0 });
    const wrong = r.events.find((e) => e.kind === 'present')!;
    expect(wrong).toMatchObject({ kind: 'present', correct: false, cross: 'ce_swen' });
    if (wrong.kind !== 'present') return;
    expect(wrong.statementText).toBe(s.crossModel('ce_swen').statements.find((x) => x.id === wrong.statement)!.text);
    expect(wrong.itemTitle).toBe(s.record.entry(wrong.item).title);
    expect(r.credibility).toEqual([{ at: wrong.at, cross: 'ce_swen', marksLeft: wrong.marksLeft }]);
    expect(r.secondsSpent).toBeGreaterThan(0);
    expect(reportFileName(r)).toBe('exhibit-1937-report-ada-prologue-2026-11-25.json');
  });

  it('reads back exactly what it wrote (round trip through the file)', () => {
    const s = playSome();
    const r = buildReport({
      session: s, contentVersion: 'abc', student: 'Bo', assignment: null, maxMarks: MAX_MARKS,
      answers: [{ question: 'Who gains?', answer: '  Both sides.  ' }],
    });
    expect(r.answers).toEqual([{ question: 'Who gains?', answer: 'Both sides.' }]);
    const back = readReport(reportToJson(r));
    expect(back).toEqual({ ok: true, report: r });
  });

  it('rejects damaged, foreign and newer files with a reason, and recomputes the totals', () => {
    const r = buildReport({ session: playSome(), contentVersion: 'abc', student: 'Cy', assignment: null, maxMarks: MAX_MARKS, answers: [] });
    expect(readReport('{nope')).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged or not a JSON/) });
    expect(readReport('[]')).toMatchObject({ ok: false, reason: expect.stringMatching(/not an Exhibit 1937 report/) });
    expect(readReport(JSON.stringify({ format: 'exhibit-1937-save' }))).toMatchObject({ ok: false, reason: expect.stringMatching(/saved game/) });
    expect(readReport(JSON.stringify({ ...r, version: 7 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
    const { student: _s, ...noStudent } = r;
    expect(readReport(JSON.stringify(noStudent))).toMatchObject({ ok: false, reason: expect.stringMatching(/missing student/) });
    expect(readReport(JSON.stringify({ ...r, events: [null] }))).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) });
    const edited = readReport(JSON.stringify({ ...r, summary: { ...r.summary, wrongPresents: 0 } }));
    expect(edited.ok && edited.report.summary.wrongPresents).toBe(1);
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
