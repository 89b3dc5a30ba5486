import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { gradebookCsv, gradebookTable, summarizeClass } from '../../src/classroom/classView';
import { encodeAssignment, makeAssignment } from '../../src/classroom/assignment';
import { REPORT_FORMAT, sealReport, type CaseReport, type ReportEvent, type StudentReport } from '../../src/classroom/report';

const V = { prologue: 'v1', 'drammen-1': 'v2' };
const A = makeAssignment({ cases: ['prologue', 'drammen-1'], mode: 'standard', hints: true, className: '9B' });
const CODE = encodeAssignment(A);

let minute = 0;
const at = () => new Date(Date.UTC(2026, 10, 25, 10, minute++)).toISOString();
const wrong = (statement: string, item: string): ReportEvent => ({
  at: at(), kind: 'present', cross: 'ce_swen', statement, statementText: `Statement ${statement}`, item, itemTitle: item.toUpperCase(), correct: false, marksLeft: 4,
});
const right = (statement: string): ReportEvent => ({
  at: at(), kind: 'present', cross: 'ce_swen', statement, statementText: `Statement ${statement}`, item: 'ok', itemTitle: 'OK', correct: true, marksLeft: 4,
});
const hint = (): ReportEvent => ({ at: at(), kind: 'hint', cross: 'ce_swen', statement: 's1', statementText: 'Statement s1', step: 1 });

function kase(id: 'prologue' | 'drammen-1', events: ReportEvent[], extra: Partial<CaseReport> = {}): CaseReport {
  return {
    caseId: id, caseTitle: id === 'prologue' ? 'The Night Visitors' : 'Behind Closed Doors', contentVersion: V[id], contradictions: id === 'prologue' ? 4 : 6,
    played: events.length > 0, mode: 'standard', hintsAllowed: true, startedAt: events[0]?.at ?? null, lastActivityAt: events.at(-1)?.at ?? null,
    secondsSpent: 600, finished: false, summary: { contradictionsFound: 0, wrongPresents: 0, closePresents: 0, presses: 0, hintsUsed: 0, restarts: 0, marksLost: 0, fieldsPointed: 0, fieldsRight: 0 },
    events, answers: [], ...extra,
  };
}

function report(student: string, cases: CaseReport[], extra: Partial<StudentReport> = {}): StudentReport {
  const body = {
    format: REPORT_FORMAT as typeof REPORT_FORMAT, version: 2 as const, game: 'Exhibit 1937' as const, student, assignment: A, assignmentCode: CODE,
    createdAt: '2026-11-25T11:00:00.000Z', maxMarks: 5, cases, ...extra,
  };
  return { ...body, seal: sealReport(body) };
}
const file = (name: string, r: unknown) => ({ name, text: typeof r === 'string' ? r : JSON.stringify(r) });

describe('the class view: a gradebook', () => {
  it('one row per student: found N of M over every assigned case, wrong presents, hints, answers side by side', () => {
    const sum = summarizeClass([
      file('zoe.json', report('Zoe', [kase('prologue', [wrong('s1', 'a'), right('s1'), hint()], { finished: true, answers: [{ question: 'Who gains?', answer: 'Both.' }] }), kase('drammen-1', [right('s2')])])),
      file('adam.json', report('Adam', [kase('prologue', [wrong('s1', 'a'), wrong('s1', 'b'), wrong('s2', 'a')], { answers: [{ question: 'Who gains?', answer: 'Nobody.' }] }), kase('drammen-1', [])])),
    ], { versions: V });
    expect(sum.rows.map((r) => [r.student, r.found, r.of, r.wrongPresents, r.hintsUsed, r.casesFinished])).toEqual([
      ['Adam', 0, 10, 3, 0, 0],
      ['Zoe', 2, 10, 1, 1, 1],
    ]);
    expect(sum.rows.every((r) => r.flags.length === 0)).toBe(true);
    expect(sum.assignmentCode).toBe(CODE);
    expect(sum.questions).toEqual([{ caseId: 'prologue', caseTitle: 'The Night Visitors', question: 'Who gains?', answers: [{ student: 'Adam', answer: 'Nobody.' }, { student: 'Zoe', answer: 'Both.' }] }]);
    expect(sum.hardest[0]).toMatchObject({ statement: 's1', wrongPresents: 3, students: 2, items: [{ title: 'A', count: 2 }, { title: 'B', count: 1 }] });
  });

  it('merges several reports of one student: the newest counts, the others are listed; the same file twice counts once', () => {
    const early = report('Bo', [kase('prologue', [wrong('s1', 'a')]), kase('drammen-1', [])], { createdAt: '2026-11-25T09:00:00.000Z' });
    const late = report('bo ', [kase('prologue', [wrong('s1', 'a'), right('s1'), right('s2')], { finished: true }), kase('drammen-1', [])], { createdAt: '2026-11-26T09:00:00.000Z' });
    const sum = summarizeClass([file('late.json', late), file('early.json', early), file('late-again.json', late)], { versions: V });
    expect(sum.rows).toHaveLength(1);
    expect(sum.rows[0]).toMatchObject({ found: 2, older: [{ file: 'early.json' }] });
    expect(sum.rows[0].newest.file).toBe('late.json');
    expect(sum.skipped).toEqual([{ file: 'late-again.json', reason: expect.stringMatching(/same report as late\.json/) }]);
  });

  it('flags an edited file, a report from no or another assignment, and a copy under another name', () => {
    const honest = report('Ann', [kase('prologue', [wrong('s1', 'a'), right('s1'), right('s2'), hint()]), kase('drammen-1', [])]);
    const edited = JSON.parse(JSON.stringify(report('Ed', [kase('prologue', [right('s1')]), kase('drammen-1', [])])));
    edited.cases[0].finished = true;
    const copy = report('Cody', honest.cases);
    const foreign = report('Fay', [kase('prologue', [right('s3')])], { assignment: null, assignmentCode: null });
    const other = report('Oz', [kase('prologue', [right('s4')])], { assignmentCode: encodeAssignment(makeAssignment({ cases: ['prologue'], mode: 'study', hints: true })) });
    const sum = summarizeClass([file('ann.json', honest), file('ed.json', edited), file('cody.json', copy), file('fay.json', foreign), file('oz.json', other)], { versions: V });
    const flags = Object.fromEntries(sum.rows.map((r) => [r.student, r.flags.map((f) => f.kind)]));
    expect(flags).toEqual({ Ann: ['copy'], Cody: ['copy'], Ed: ['edited'], Fay: ['other-assignment'], Oz: ['other-assignment'] });
    expect(sum.rows.find((r) => r.student === 'Ann')!.flags[0].text).toMatch(/Cody/);
  });

  it('marks a guesser and leaves them out of the hardest statements', () => {
    const guesses = Array.from({ length: 40 }, (_, i) => wrong(`s${1 + (i % 4)}`, `item${i % 10}`));
    const sum = summarizeClass([
      file('g.json', report('Gus', [kase('prologue', [...guesses, right('s1')]), kase('drammen-1', [])])),
      file('h.json', report('Hana', [kase('prologue', [wrong('s2', 'x'), right('s1'), right('s2')]), kase('drammen-1', [])])),
    ], { versions: V });
    expect(sum.rows.find((r) => r.student === 'Gus')).toMatchObject({ guessing: true, wrongPresents: 40 });
    expect(sum.rows.find((r) => r.student === 'Hana')!.guessing).toBe(false);
    expect(sum.leftOut).toEqual(['Gus']);
    expect(sum.hardest).toEqual([expect.objectContaining({ statement: 's2', wrongPresents: 1, students: 1 })]);
  });

  it('exports the gradebook as CSV whose rows match the table (formulae escaped)', () => {
    const sum = summarizeClass([
      file('z.json', report('=Zoe', [kase('prologue', [right('s1')], { answers: [{ question: 'Who gains?', answer: 'Both, "really",\nsays I.' }] }), kase('drammen-1', [])])),
      file('y.json', report('Yan', [kase('prologue', [wrong('s1', 'a')]), kase('drammen-1', [])])),
    ], { versions: V });
    const parsed = Papa.parse<string[]>(gradebookCsv(sum), { skipEmptyLines: true }).data;
    const table = gradebookTable(sum);
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toEqual(table[0]);
    expect(parsed[1][0]).toBe("'=Zoe");
    expect(parsed.slice(1).map((r) => r.slice(1))).toEqual(table.slice(1).map((r) => r.slice(1)));
    expect(table[0]).toContain('The Night Visitors: Who gains?');
    expect(table[1][table[0].indexOf('The Night Visitors: Who gains?')]).toBe('Both, "really",\nsays I.');
  });

  it('lists every file it could not use with the reason', () => {
    const sum = summarizeClass([file('broken.json', '{"format":"exhibit-19'), file('save.json', { format: 'exhibit-1937-save' })], { versions: V });
    expect(sum.rows).toEqual([]);
    expect(sum.skipped.map((s) => s.file)).toEqual(['broken.json', 'save.json']);
  });
});
