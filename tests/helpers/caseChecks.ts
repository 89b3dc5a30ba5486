// The checks every case passes (compiles, resolves, walks, proofs, pacing, saves). Each
// case's walk takes seconds to tens of seconds on a fresh checkout, so the longest cases have
// a test file of their own (cases-<id>.test.ts) and the two cores walk them side by side.
import { describe, expect, it } from 'vitest';
import { CASES } from '../../src/content/caseList';
import { validateCase } from '../../src/content/validateCase';
import { proofWalkProblems } from '../../src/content/validateProofs';
import { pacingProblems } from '../../src/content/pacing';
import { isChecked } from '../../src/content/checkedCases';
import { CaseSession } from '../../src/story/caseSession';
import { formatProblem } from '../../tools/inkCompile';
import { loadCase } from '../../tools/caseFiles';
import { fakeClock } from './cases';
import { replay } from './replay';
import { walkCaseCached } from '../../tools/walkCache';
import { indexCase } from '../../src/content/contentIndex';
import { PERIODS } from '../../src/classroom/guide';

/** Cases checked in a file of their own, tests/story/cases-<id>.test.ts (the longest walks). */
export const OWN_FILE = ['coyoacan-3', 'coyoacan-4'];

export function checkCase(id: string): void {
  describe(`case ${id}`, () => {
    const loaded = loadCase(id);

    it('compiles with no ink error or warning', () => {
      expect(loaded.problems.map(formatProblem)).toEqual([]);
    });

    it('references only record items that exist, every item cited inside the book', () => {
      expect(validateCase(loaded.content, loaded.sources, { proofsSource: loaded.proofsSource })).toEqual([]);
    });

    const walk = walkCaseCached(loaded.content);

    it('can be played to its ending on every path, reaching every knot and stitch', () => {
      expect(walk.problems).toEqual([]);
      expect(walk.unreached).toEqual([]);
      expect(walk.endings).toEqual([id]);
    });

    it('has proofs whose fields exist in every version presented; once checked, no answer given away early and it fits a period', () => {
      const checked = isChecked(id);
      expect(proofWalkProblems(loaded.content, walk, { proofsSource: loaded.proofsSource, checked })).toEqual([]);
      if (checked) expect(pacingProblems(loaded.content, walk, loaded.sources)).toEqual([]);
    });

    // The guide and the title screen give the case's length by hand; a content change that moves
    // it must move the words a teacher plans the period by.
    it('is as long as the teacher is told (guide and title screen, within a minute of the index)', () => {
      const minutes = indexCase(loaded.content, walk).minutes;
      const c = CASES.find((x) => x.id === id)!;
      const said = [c.minutes, PERIODS.find((p) => p.part.includes(`“${c.title}”`))?.time].filter((t): t is string => !!t && /about \d+ minutes/.test(t));
      for (const t of said) expect(Math.abs(Number(/about (\d+) minutes/.exec(t)![1]) - minutes), `"${t}" against ${minutes} measured`).toBeLessThanOrEqual(1);
    });

    it('has every cross-examination solvable', () => {
      const session = new CaseSession(loaded.content, { strict: true });
      expect(walk.crossesSolved.sort()).toEqual(session.crossIds().sort());
    });

    it('restores exactly from a save taken at any step', () => {
      const clock = fakeClock();
      const a = new CaseSession(loaded.content, { strict: true, clock });
      let steps = 0;
      for (const step of replay(a, walk.solution!)) {
        steps++;
        const saved = JSON.parse(JSON.stringify(a.save()));
        const b = new CaseSession(loaded.content, { strict: true, clock });
        b.load(saved);
        expect(b.view(), `view after step ${steps} (${step})`).toEqual(a.view());
        expect(b.save(), `state after step ${steps} (${step})`).toEqual(saved);
      }
      expect(a.view().phase).toBe('ended');
      expect(steps).toBeGreaterThan(20);
    });
  });
}
