import { describe, expect, it } from 'vitest';
import { CaseSession } from '../../src/story/caseSession';
import { MAX_MARKS } from '../../src/story/modes';
import { fakeClock, fixtureCase, miniSession, skipLines } from '../helpers/cases';

function atCross(opts = {}) {
  const s = miniSession(opts);
  skipLines(s);
  s.choose(0); // Begin
  expect(s.view().phase).toBe('cross');
  return s;
}

function crossView(s: CaseSession) {
  const v = s.view();
  if (v.phase !== 'cross') throw new Error(`expected cross, got ${v.phase}`);
  return v.cross;
}

describe('a cross-examination', () => {
  it('shows numbered statements, hidden ones left out', () => {
    const c = crossView(atCross());
    expect(c.title).toBe('Demo Testimony');
    expect(c.statements.map((s) => [s.number, s.id])).toEqual([[1, 's1'], [2, 's2']]);
    expect(c.marks).toBe(MAX_MARKS);
  });

  it('steps forward and back, looping at the ends with a notice', () => {
    const s = atCross();
    s.step(1);
    expect(crossView(s).current).toBe(1);
    s.step(1);
    expect(crossView(s).current).toBe(0);
    expect(s.view()).toMatchObject({ notice: expect.stringMatching(/begins again/) });
    s.step(-1);
    expect(crossView(s).current).toBe(1);
  });

  it('pressing runs the press conversation, can add evidence and reveal a statement', () => {
    const s = atCross();
    s.goTo('s2');
    s.press();
    expect(s.view()).toMatchObject({ phase: 'line', inCross: true, line: { text: 'Tell me more.' } });
    expect(s.record.has('letter')).toBe(true);
    skipLines(s);
    const c = crossView(s);
    expect(c.statements.map((x) => x.id)).toEqual(['s1', 's2', 's3']);
    expect(c.statements[1].pressed).toBe(true);
    expect(c.current).toBe(1);
  });

  it('a right present is a breakthrough; solving every contradiction moves the story on', () => {
    const s = atCross();
    s.present('badge');
    const v = s.view();
    expect(v).toMatchObject({ phase: 'line', line: { text: 'The badges were false!' } });
    if (v.phase === 'line') expect(v.line.commands).toContainEqual({ type: 'objection', kind: 'objection' });
    skipLines(s);
    expect(crossView(s).contradictionsLeft).toBe(1);
    s.goTo('s2');
    s.press();
    skipLines(s);
    s.goTo('s3');
    s.present('letter');
    expect(s.record.view('letter').description).toBe('printed in the press');
    skipLines(s);
    expect(s.view()).toEqual({ phase: 'ended', ending: 'mini' });
  });

  it('a wrong present gives feedback specific to that item, or the generic one, and costs a mark', () => {
    const s = atCross({ mode: 'standard' });
    // the fixture has "# grace: 1": the first wrong present is free, to show the marks.
    s.present('note');
    expect(s.view()).toMatchObject({ line: { text: 'The note shows something else.' } });
    skipLines(s);
    expect(crossView(s).marks).toBe(MAX_MARKS);
    s.present('clerk');
    expect(s.view()).toMatchObject({ line: { text: 'That proves nothing here.' } });
    skipLines(s);
    expect(crossView(s).marks).toBe(MAX_MARKS - 1);
  });

  it('at zero marks the cross-examination restarts from its first statement, nothing else lost', () => {
    const s = atCross();
    s.goTo('s2');
    s.press();
    skipLines(s);
    s.goTo('s1');
    s.present('badge'); // one contradiction solved before the restart
    skipLines(s);
    for (let i = 0; i < MAX_MARKS + 1; i++) {
      s.goTo('s2');
      s.present('note');
      skipLines(s);
    }
    const v = s.view();
    expect(v).toMatchObject({ phase: 'cross', notice: expect.stringMatching(/starts again from the first statement/) });
    const c = crossView(s);
    expect(c.marks).toBe(MAX_MARKS);
    expect(c.current).toBe(0);
    expect(c.contradictionsLeft).toBe(2);
    expect(s.record.has('letter')).toBe(true); // the record is kept
    expect(s.log.all().filter((e) => e.kind === 'cross-restart')).toHaveLength(1);
  });

  it('study mode never costs a mark; expert mode has no hints and punishes an idle pass', () => {
    const study = atCross({ mode: 'study' });
    for (let i = 0; i < 8; i++) {
      study.present('note');
      skipLines(study);
    }
    expect(crossView(study).marks).toBe(MAX_MARKS);

    const expert = atCross({ mode: 'expert' });
    expect(() => expert.hint()).toThrow(/no hints/);
    expert.step(1);
    expert.step(1); // past the last statement without presenting
    expect(crossView(expert).marks).toBe(MAX_MARKS - 1);
  });

  it('refuses to present what the record does not hold', () => {
    const s = atCross();
    expect(() => s.present('letter')).toThrow(/not in the court record/);
  });

  it('hints climb a three-step ladder for the nearest open contradiction', () => {
    const s = atCross();
    s.goTo('s2');
    const h1 = s.hint();
    expect(h1.statement.id).toBe('s1');
    expect(h1.steps.map((h) => h.text)).toEqual(['Re-read the statement.']);
    const h2 = s.hint();
    expect(h2.steps[1]).toEqual({ step: 2, text: 'Look at the badge.', point: { item: 'badge', field: 'shown' } });
    s.hint();
    const h4 = s.hint();
    expect(h4.steps).toHaveLength(3);
    expect(s.hintsShown('ce_demo', 's1')).toHaveLength(3);
  });
});

describe('the student log', () => {
  it('records presses, presents right and wrong, hints and choices with times', () => {
    const s = atCross();
    s.press();
    skipLines(s);
    s.hint();
    s.present('note');
    skipLines(s);
    s.present('badge');
    const kinds = s.log.all().map((e) => e.kind);
    expect(kinds).toEqual(['case-start', 'choice', 'cross-start', 'press', 'hint', 'present', 'present']);
    const presents = s.log.all().filter((e) => e.kind === 'present');
    expect(presents.map((e) => e.kind === 'present' && [e.item, e.correct])).toEqual([['note', false], ['badge', true]]);
    expect(s.log.all().every((e) => /^2026-11-25T09:/.test(e.at))).toBe(true);
  });
});

describe('a session without the shared variables', () => {
  it('explains what the case is missing', () => {
    const content = { ...fixtureCase().content, storyJson: fixtureCase().content.storyJson.replace('"presented"', '"presentedX"') };
    expect(() => new CaseSession(content, { clock: fakeClock() })).toThrow(/VAR presented/);
  });
});
