// Property tests (fast-check), a few runs per case so `npm test` stays quick; `npm run fuzz`
// runs 10,000 per case. Random playthroughs with reloads at random points: no error, and
// save → load → save identical. Random damage to a save: a message or a game, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASES } from '../../src/content/caseList';
import { storyCase } from '../helpers/cases';
import { mutationArb, newFigures, playTape, tapeArb, tryMutatedSave } from '../../tools/fuzzPlaythrough';

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

describe.each(CASES.map((c) => c.id))('case %s, at random', (id) => {
  const { content } = storyCase(id);

  it('plays, saves and reloads at random points without an error', () => {
    const figures = newFigures();
    fc.assert(fc.property(tapeArb(150), (tape) => void playTape(content, tape, figures)), { numRuns: RUNS, seed: 1937 });
    expect(figures.reloads).toBeGreaterThan(0);
  });

  it('meets a damaged save with a message or a game, never a crash', () => {
    const figures = newFigures();
    fc.assert(fc.property(tapeArb(60), mutationArb, (tape, m) => tryMutatedSave(content, tape, m, figures)), { numRuns: RUNS * 2, seed: 1937 });
    expect(figures.mutations).toBe(RUNS * 2);
  });
});
