// Point to the line: the rules by mode, and which field completes the objection.
import { describe, expect, it } from 'vitest';
import { judgePoint, pointingRules } from '../../src/story/pointing';
import type { Proof } from '../../src/story/proofs';

const proof: Proof = {
  kind: 'direct', claim: 'real police officers', item: 'badge', field: 'shown', also: [{ item: 'card', field: 'said' }],
  reasoning: 'r', cite: { statement: 'L1', item: 'L2' },
};
const fields = [{ key: 'shown', label: 'Shown', value: 'false badges' }, { key: 'when', label: 'When', value: 'night' }];

describe('pointing', () => {
  it('is required in Standard and Expert, offered in Study; a wrong line costs a mark only in Expert', () => {
    expect(pointingRules('standard')).toEqual({ on: true, optional: false, closeCostsMark: false });
    expect(pointingRules('expert')).toEqual({ on: true, optional: false, closeCostsMark: true });
    expect(pointingRules('study')).toEqual({ on: true, optional: true, closeCostsMark: false });
  });

  it('accepts the proof field of the item presented (also for an "also" item), and answers another line with specific feedback', () => {
    expect(judgePoint(proof, 'badge', 'shown', fields)).toEqual({ correct: true, rightField: 'shown', feedback: null });
    expect(judgePoint(proof, 'card', 'said', [{ key: 'said', label: 'Said', value: 'x' }]).correct).toBe(true);
    const close = judgePoint(proof, 'badge', 'when', fields);
    expect(close.correct).toBe(false);
    expect(close.feedback).toBe('Close: the line "When" is on the right document, but it does not contradict "real police officers". Which line says otherwise?');
    expect(() => judgePoint(proof, 'note', 'shown', fields)).toThrow(/not part of the proof/);
  });
});

// ---- in play (fixture tests/fixtures/proofs) ----
import { CaseSession, type CaseContent } from '../../src/story/caseSession';
import type { Mode } from '../../src/story/modes';
import { fakeClock, fixtureCase, skipLines } from '../helpers/cases';

function atCross(mode: Mode, content: CaseContent = fixtureCase('proofs').content): CaseSession {
  const s = new CaseSession(content, { strict: true, clock: fakeClock(), mode });
  s.start();
  skipLines(s);
  s.choose(0);
  skipLines(s);
  expect(s.view().phase).toBe('cross');
  return s;
}

const pointingOf = (s: CaseSession) => {
  const v = s.view();
  return v.phase === 'cross' ? v.cross.pointing : null;
};

describe('pointing in play', () => {
  it('Standard: after the right item, a close line gives feedback without a mark, the right line completes the objection', () => {
    const s = atCross('standard');
    s.goTo('s1');
    s.present('badge');
    expect(pointingOf(s)).toMatchObject({ statement: 's1', item: 'badge', feedback: null, optional: false, statementText: 'The men were real police officers.' });
    s.point('when');
    expect(pointingOf(s)?.feedback).toMatch(/^Close: the line "When"/);
    expect((s.view() as { cross: { marks: number } }).cross.marks).toBe(5);
    s.press(); // the testimony waits for the pointing
    expect(pointingOf(s)).not.toBeNull();
    s.point('shown');
    expect(s.view().phase).toBe('line');
    skipLines(s);
    const v = s.view();
    expect(v.phase === 'cross' && v.cross.statements.find((x) => x.id === 's1')?.solved).toBe(true);
    const points = s.log.all().filter((e) => e.kind === 'point');
    expect(points.map((e) => e.kind === 'point' && [e.field, e.correct])).toEqual([['when', false], ['shown', true]]);
  });

  it('Expert: a close line costs a mark; an "also" item points at its own field', () => {
    const s = atCross('expert');
    s.goTo('s1');
    s.present('card');
    expect(() => s.point('shown')).toThrow(/no line "shown"/);
    s.point('said');
    expect(s.view().phase).toBe('line');
    const e = atCross('expert');
    e.goTo('s1');
    e.present('badge');
    e.point('when');
    expect((e.view() as { cross: { marks: number } }).cross.marks).toBe(4);
  });

  it('Study: pointing is offered and can be skipped (logged with no field)', () => {
    const s = atCross('study');
    s.goTo('s1');
    s.present('badge');
    expect(pointingOf(s)?.optional).toBe(true);
    s.skipPoint();
    expect(s.view().phase).toBe('line');
    expect(s.log.all().find((e) => e.kind === 'point')).toMatchObject({ field: null, correct: false });
    const st = atCross('standard');
    st.goTo('s1');
    st.present('badge');
    expect(() => st.skipPoint()).toThrow(/only in Study/);
  });

  it('a statement without a proof skips pointing', () => {
    const content = structuredClone(fixtureCase('proofs').content);
    delete content.proofs!.proofs['ce_p.s1'];
    const s = atCross('standard', content);
    s.goTo('s1');
    s.present('badge');
    expect(s.view().phase).toBe('line');
  });

  it('survives a save and restore while pointing', () => {
    const s = atCross('standard');
    s.goTo('s1');
    s.present('badge');
    s.point('when');
    const b = new CaseSession(fixtureCase('proofs').content, { strict: true, clock: fakeClock() });
    b.load(JSON.parse(JSON.stringify(s.save())));
    expect(b.view()).toEqual(s.view());
    b.point('shown');
    expect(b.view().phase).toBe('line');
  });
});

describe('# close and # dramatized in play', () => {
  it('a close item costs no mark and is logged as close', () => {
    const s = atCross('standard');
    s.goTo('s3');
    s.present('badge');
    skipLines(s);
    expect((s.view() as { cross: { marks: number } }).cross.marks).toBe(5);
    expect(s.log.all().filter((e) => e.kind === 'present').at(-1)).toMatchObject({ item: 'badge', correct: false, close: true });
    s.goTo('s3');
    s.present('note');
    skipLines(s);
    expect((s.view() as { cross: { marks: number } }).cross.marks).toBe(4);
  });

  it('a dramatized line keeps its label in the backlog', () => {
    const s = atCross('standard');
    expect(s.backlog.all().find((e) => e.text.startsWith('Nine:'))).toMatchObject({ dramatized: 'the fixture says so' });
  });
});

describe('the student report', () => {
  it('records the line chosen', async () => {
    const { buildReport } = await import('../../src/classroom/report');
    const { caseFacts } = await import('../../src/classroom/caseFacts');
    const s = atCross('standard');
    s.goTo('s1');
    s.present('badge');
    s.point('when');
    s.point('shown');
    const content = fixtureCase('proofs').content;
    const progress = { caseId: 'proofs', caseTitle: 'proofs', contentVersion: 'x', mode: 'standard' as const, hintsAllowed: true, log: s.log.save(), questions: [], updatedAt: '2026-12-02T00:00:00Z' };
    const r = buildReport({ student: 'A', assignment: null, cases: [{ facts: caseFacts(content), progress, answers: [] }], maxMarks: 5 });
    const points = r.cases[0].events.filter((e) => e.kind === 'point');
    expect(points.map((e) => e.kind === 'point' && [e.field, e.correct])).toEqual([['when', false], ['shown', true]]);
  });
});
