// npm run fuzz [-- <case> …] [--runs N]: the property tests at full size, 10,000 random
// playthroughs (with reloads at random points) and 10,000 damaged saves per case, and the
// figures. `npm test` runs a few of each (tests/story/fuzz.test.ts).
import fc from 'fast-check';
import { CASES } from '../src/content/caseList';
import { loadCaseOrThrow } from './caseFiles';
import { mutationArb, newFigures, playTape, tapeArb, tryMutatedSave } from './fuzzPlaythrough';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 10000;
const ids = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
const cases = ids.length ? ids : CASES.map((c) => c.id);
let failed = 0;

for (const id of cases) {
  const { content } = loadCaseOrThrow(id);
  const figures = newFigures();
  const t0 = performance.now();
  let errors = 0;
  for (const [what, property] of [
    ['playthroughs', fc.property(tapeArb(150), (tape) => void playTape(content, tape, figures))],
    ['damaged saves', fc.property(tapeArb(60), mutationArb, (tape, m) => tryMutatedSave(content, tape, m, figures))],
  ] as const) {
    const r = fc.check(property as fc.IProperty<unknown>, { numRuns: runs });
    if (r.failed) {
      errors++;
      console.error(`${id}: ${what} failed after ${r.numRuns} runs (seed ${r.seed}, path ${r.counterexamplePath}):\n  ${String(r.errorInstance)}\n  counterexample: ${JSON.stringify(r.counterexample).slice(0, 400)}`);
    }
  }
  failed += errors;
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${id.padEnd(12)} ${figures.runs} playthroughs, ${figures.steps} steps, ${figures.reloads} reloads (save → load → save identical), ${figures.endings} reached the ending; ` +
      `${figures.mutations} damaged saves: ${figures.refused} refused with a message, ${figures.accepted} played on; ${errors ? `${errors} FAILED` : '0 uncaught errors'} (${s} s)`,
  );
}
process.exit(failed ? 1 : 0);
