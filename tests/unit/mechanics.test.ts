// The mechanics Case 2 needs, built into the engine for any case: transcript testimony,
// the source check, the deduction and the timeline board.
import { describe, expect, it } from 'vitest';
import { CaseSession } from '../../src/story/caseSession';
import { validateCase } from '../../src/content/validateCase';
import { walkCase } from '../../src/content/storyWalker';
import { boardConflicts, parseCells } from '../../src/story/timelineBoard';
import { sourceCheckScore } from '../../src/story/sourceCheck';
import { marksRule } from '../../src/story/modes';
import { fakeClock, fixtureCase, skipLines } from '../helpers/cases';

const mech = () => fixtureCase('mechanics');

function session(): CaseSession {
  const s = new CaseSession(mech().content, { strict: true, clock: fakeClock() });
  s.start();
  skipLines(s);
  return s;
}

function toCheck(s: CaseSession) {
  s.present('paper');
  skipLines(s);
  return s;
}

function toDeduction(s: CaseSession) {
  toCheck(s);
  s.choose(0);
  skipLines(s);
  expect(s.view().phase).toBe('deduction');
  return s;
}

function toBoard(s: CaseSession) {
  toDeduction(s);
  s.deduce('witness', 'paper');
  skipLines(s);
  s.choose(1); // the conclusion
  skipLines(s);
  expect(s.view().phase).toBe('board');
  return s;
}

describe('transcript testimony', () => {
  it('shows the statements as pages of a trial record, still open to press and present', () => {
    const s = session();
    const v = s.view();
    expect(v.phase).toBe('cross');
    if (v.phase === 'cross') expect(v.cross.transcript).toEqual({ item: 'trial-record', title: 'The trial record' });
    s.press();
    expect(s.view()).toMatchObject({ phase: 'line', line: { text: 'Which hotel?' } });
  });
});

describe('the source check', () => {
  it('logs the judgement of a source, and whether it was the best answer', () => {
    const s = toCheck(session());
    const v = s.view();
    expect(v.phase).toBe('choices');
    if (v.phase === 'choices') expect(v.line?.commands).toContainEqual({ type: 'source-check', item: 'paper', prompt: 'who' });
    s.choose(1);
    expect(s.log.all().filter((e) => e.kind === 'source-check')).toEqual([
      expect.objectContaining({ item: 'paper', prompt: 'who', answer: 'His friends', best: false }),
    ]);
  });

  it('explains a wrong answer, then asks the same question again without it; the score counts first answers', () => {
    const s = toCheck(session());
    s.choose(1);
    expect(s.view()).toMatchObject({ phase: 'line', line: { text: "No: it was the governing party's paper." } });
    s.advance();
    expect(s.view()).toMatchObject({ line: { text: 'Who published the paper?' } });
    while (s.view().phase === 'line') s.advance();
    const v = s.view();
    expect(v).toMatchObject({ phase: 'choices', line: { text: 'Who published the paper?' } });
    if (v.phase === 'choices') expect(v.choices.map((c) => c.text)).toEqual(["The governing party's daily"]);
    s.choose(0);
    expect(sourceCheckScore(s.log.all())).toEqual({ asked: 1, firstTry: 0 });
  });
});

describe('the deduction', () => {
  it('combines two items in any order into a conclusion that enters the record', () => {
    const s = toDeduction(session());
    s.deduce('witness', 'paper');
    expect(s.view()).toMatchObject({ line: { text: 'Together they fix the day.' } });
    // The player forms the conclusion: a tempting wrong one is explained and asked again.
    skipLines(s);
    expect(s.record.has('conclusion')).toBe(false);
    s.choose(0);
    expect(s.view()).toMatchObject({ line: { text: 'No: nothing in either says so.' } });
    skipLines(s);
    s.choose(0);
    expect(s.record.has('conclusion')).toBe(true);
    skipLines(s);
    expect(s.view().phase).toBe('board');
    expect(s.log.all().find((e) => e.kind === 'deduction')).toMatchObject({ items: ['paper', 'witness'], correct: true });
  });

  it('answers a tempting wrong pair specifically, any other generically, and lets the player try again', () => {
    const s = toDeduction(session());
    s.deduce('permit', 'paper');
    expect(s.view()).toMatchObject({ line: { text: 'Permission is not presence.' } });
    skipLines(s);
    expect(s.view().phase).toBe('deduction');
    s.deduce('permit', 'witness');
    expect(s.view()).toMatchObject({ line: { text: 'Those two do not fix the day together.' } });
    skipLines(s);
    expect(s.view().phase).toBe('deduction');
    expect(() => s.deduce('paper', 'paper')).toThrow(/two different items/);
    expect(() => s.deduce('paper', 'conclusion')).toThrow(/not in the court record/);
  });

  it('has a hint ladder', () => {
    const s = toDeduction(session());
    expect(s.deductionHint().map((h) => h.step)).toEqual([1]);
    expect(s.deductionHint()[1].point).toEqual({ item: 'paper', field: 'date' });
  });
});

describe('the timeline board', () => {
  it('judges nothing on placing; a check confirms only a whole set, says what to read, and costs a mark', () => {
    const s = toBoard(session());
    const v = s.view();
    if (v.phase !== 'board') throw new Error();
    expect(v.board.cells.map((c) => c.label)).toEqual(['1917', '28 Nov', '29 Nov', '30 Nov', '1 Dec', '2 Dec', '3 Dec', '4 Dec']);
    expect(v.board.setSize).toBe(2); // two cards left: the set is both
    s.placeCard('card_claim', 5, 'son');
    expect(s.view()).toMatchObject({ notice: null, board: { canCheck: false } });
    s.placeCard('card_berlin', 3, 'hotel'); // right day, wrong row
    expect(s.checkBoard()).toBe(0);
    const after = s.view();
    if (after.phase !== 'board') throw new Error();
    expect(after.notice).toMatch(/^Not confirmed: fewer than 2 .* does not say which\. Read the cards again: .*claim goes on the days the claimant named.* row of the person/);
    expect(after.notice).toMatch(/One credibility mark lost; 4 left\./);
    expect(after.notice).not.toMatch(/card_|2 Dec|29 Nov/);
    expect(after.board.cards.every((c) => c.fixed || !c.confirmed)).toBe(true);
    expect(() => s.finishBoard()).toThrow(/confirm every card/);
  });

  it('shows one person in two places, and a meeting in a building already gone', () => {
    const s = toBoard(session());
    s.placeCard('card_berlin', 3, 'son');
    s.placeCard('card_claim', 2, 'son');
    expect(s.checkBoard()).toBe(2);
    const v = s.view();
    if (v.phase !== 'board') throw new Error();
    expect(v.board.complete).toBe(true);
    expect(v.board.cards.find((c) => c.id === 'card_berlin')!.at).toEqual({ from: 1, to: 5, lane: 'son' });
    expect(v.board.conflicts).toEqual(
      expect.arrayContaining([
        { kind: 'two-places', cards: ['card_berlin', 'card_claim'], person: 'son', cells: [2, 2] },
        { kind: 'place-gone', cards: ['card_hotel', 'card_claim'], person: null, cells: [2, 2] },
      ]),
    );
    s.finishBoard();
    expect(s.view()).toMatchObject({ line: { text: 'One person, two places; and a hotel that was gone.' } });
    skipLines(s);
    expect(s.view()).toEqual({ phase: 'ended', ending: 'mechanics' });
  });

  it('expands cell ranges to days', () => {
    expect(parseCells('1933-07-30..1933-08-02; 1933-09=September').map((c) => c.label)).toEqual(['30 Jul', '31 Jul', '1 Aug', '2 Aug', 'September']);
  });

  it('finds no clash when the claim is not on the board', () => {
    const s = toBoard(session());
    const m = s.boardModel('board_where');
    expect(boardConflicts(m, new Set(['card_berlin']))).toEqual([]);
  });
});

describe('the mechanics case as a whole', () => {
  it('validates, walks to its ending and restores from a save at every activity', () => {
    expect(validateCase(mech().content, mech().sources)).toEqual([]);
    const w = walkCase(mech().content);
    expect(w.problems).toEqual([]);
    expect(w.unreached).toEqual([]);
    expect(w.endings).toEqual(['mechanics']);
    for (const prepare of [toDeduction, toBoard]) {
      const a = prepare(session());
      const b = new CaseSession(mech().content, { strict: true, clock: fakeClock() });
      b.load(JSON.parse(JSON.stringify(a.save())));
      expect(b.view()).toEqual(a.view());
    }
  });
});

describe('the one rule for marks', () => {
  it('is stated the same for every cross-examination, by mode, with the grace left', () => {
    expect(marksRule('study')).toMatch(/no mistake costs a mark/);
    expect(marksRule('standard')).toMatch(/^Marks: one is lost for a wrong present or a board check that confirms nothing; a present the game calls "Close" costs none\. Nothing else costs a mark\.$/);
    expect(marksRule('standard', 2)).toMatch(/next 2 wrong presents are free/);
    expect(marksRule('expert')).toMatch(/wrong line when pointing/);
  });
});
