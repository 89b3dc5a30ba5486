import { describe, expect, it } from 'vitest';
import { summarizeClass } from '../../src/classroom/classView';
import { REPORT_FORMAT, type ReportEvent, type StudentReport } from '../../src/classroom/report';

const V = { prologue: 'v1', 'drammen-1': 'v2' };

function report(student: string, events: ReportEvent[], extra: Partial<StudentReport> = {}): StudentReport {
  return {
    format: REPORT_FORMAT, version: 1, game: 'Exhibit 1937', contentVersion: 'v1', caseId: 'prologue', caseTitle: 'The Night Visitors',
    student, assignment: null, mode: 'standard', hintsAllowed: true, createdAt: `2026-11-25T10:00:00.000Z`, startedAt: null, lastActivityAt: null,
    secondsSpent: 600, finished: false, summary: { contradictionsFound: 0, wrongPresents: 0, presses: 0, hintsUsed: 0, restarts: 0 },
    credibility: [], maxMarks: 5, events, answers: [], ...extra,
  };
}

const wrong = (statement: string, text: string, item: string): ReportEvent => ({
  at: '2026-11-25T10:01:00.000Z', kind: 'present', cross: 'ce_swen', statement, statementText: text, item, itemTitle: item.toUpperCase(), correct: false, marksLeft: 4,
});
const right = (statement: string): ReportEvent => ({
  at: '2026-11-25T10:02:00.000Z', kind: 'present', cross: 'ce_swen', statement, statementText: 'x', item: 'ok', itemTitle: 'OK', correct: true, marksLeft: 4,
});
const hint: ReportEvent = { at: '2026-11-25T10:03:00.000Z', kind: 'hint', cross: 'ce_swen', statement: 's1', statementText: 'S one', step: 1 };
const file = (name: string, r: unknown) => ({ name, text: typeof r === 'string' ? r : JSON.stringify(r) });

describe('the class view', () => {
  it('makes one row per student with contradictions, wrong presents, hints, time and finished', () => {
    const sum = summarizeClass([
      file('zoe.json', report('Zoe', [wrong('s1', 'S one', 'a'), right('s1'), hint], { finished: true, assignment: { v: 1, cases: ['prologue'], mode: 'standard', hints: true, lang: 'en', className: '9B' } })),
      file('adam.json', report('Adam', [wrong('s1', 'S one', 'a'), wrong('s1', 'S one', 'b'), wrong('s2', 'S two', 'a')])),
    ], V);
    expect(sum.skipped).toEqual([]);
    expect(sum.rows.map((r) => [r.student, r.contradictionsFound, r.wrongPresents, r.hintsUsed, r.finished, r.seconds, r.className])).toEqual([
      ['Adam', 0, 3, 0, false, 600, null],
      ['Zoe', 1, 1, 1, true, 600, '9B'],
    ]);
  });

  it('ranks the statements that took the most wrong presents, with students and items', () => {
    const sum = summarizeClass([
      file('a.json', report('A', [wrong('s1', 'S one', 'a'), wrong('s1', 'S one', 'b')])),
      file('b.json', report('B', [wrong('s1', 'S one', 'a'), wrong('s2', 'S two', 'c')])),
    ], V);
    expect(sum.hardest.map((h) => [h.statement, h.statementText, h.wrongPresents, h.students])).toEqual([
      ['s1', 'S one', 3, 2],
      ['s2', 'S two', 1, 1],
    ]);
    expect(sum.hardest[0].items).toEqual([{ title: 'A', count: 2 }, { title: 'B', count: 1 }]);
  });

  it('lists broken files, other versions, unknown cases and duplicates with the reason, never silently', () => {
    const ok = report('Ok', [wrong('s1', 'S one', 'a')]);
    const sum = summarizeClass([
      file('ok.json', ok),
      file('ok-copy.json', ok),
      file('broken.json', '{"format": "exhibit-1937-rep'),
      file('photo.json', { hello: 1 }),
      file('old.json', { ...ok, student: 'Old', contentVersion: 'v0' }),
      file('future.json', { ...ok, student: 'Fu', caseId: 'coyoacan' }),
      file('newer.json', { ...ok, version: 2 }),
    ], V);
    expect(sum.rows.map((r) => r.student)).toEqual(['Ok']);
    const reasons = Object.fromEntries(sum.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['broken.json', 'future.json', 'newer.json', 'ok-copy.json', 'old.json', 'photo.json']);
    expect(reasons['broken.json']).toMatch(/damaged/);
    expect(reasons['photo.json']).toMatch(/not an Exhibit 1937 report/);
    expect(reasons['old.json']).toMatch(/Old.*different version of the case/);
    expect(reasons['future.json']).toMatch(/no case “coyoacan”/);
    expect(reasons['newer.json']).toMatch(/newer version/);
    expect(reasons['ok-copy.json']).toMatch(/opened twice/);
    expect(sum.hardest[0].wrongPresents).toBe(1);
  });

  it('is empty, not broken, with no files', () => {
    expect(summarizeClass([], V)).toEqual({ rows: [], hardest: [], skipped: [] });
  });
});
