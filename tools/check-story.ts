// `npm run check:story [case…]`: compile, validate and walk cases; print what an author must fix.
import { CASES } from '../src/content/caseList';
import { validateCase } from '../src/content/validateCase';
import { proofWalkProblems, recordEarly } from '../src/content/validateProofs';
import { pacing, pacingProblems } from '../src/content/pacing';
import { isChecked } from '../src/content/checkedCases';
import { formatProblem } from './inkCompile';
import { loadCase } from './caseFiles';
import { walkCaseCached } from './walkCache';

const ids = process.argv.slice(2).length ? process.argv.slice(2) : CASES.map((c) => c.id);
let failed = false;
for (const id of ids) {
  const t0 = Date.now();
  const c = loadCase(id);
  console.log(`== ${id}`);
  if (c.problems.length) {
    failed = true;
    for (const p of c.problems) console.log(`  ${formatProblem(p)}`);
    continue;
  }
  const problems = validateCase(c.content, c.sources, { proofsSource: c.proofsSource });
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length) {
    failed = true;
    continue;
  }
  const walk = walkCaseCached(c.content);
  console.log(`  walked ${walk.branchPoints} branch points in ${Date.now() - t0} ms; endings: ${walk.endings.join(', ') || 'none'}`);
  console.log(`  cross-examinations entered: ${walk.crossesEntered.join(', ')}; solved: ${walk.crossesSolved.join(', ')}`);
  for (const p of walk.problems.slice(0, 20)) console.log(`  PROBLEM after ${p.path.slice(-3).join(' > ')}: ${p.message}`);
  if (walk.unreached.length) console.log(`  never reached: ${walk.unreached.join(', ')}`);
  if (walk.problems.length || walk.unreached.length || !walk.endings.length) failed = true;
  const checked = isChecked(id);
  const later = [...proofWalkProblems(c.content, walk, { proofsSource: c.proofsSource, checked }), ...(checked ? pacingProblems(c.content, walk, c.sources) : [])];
  for (const p of later) console.log(`  ${p}`);
  if (later.length) failed = true;
  for (const n of recordEarly(c.content, walk, { proofsSource: c.proofsSource }).notes) console.log(`  ${n}`);
  const pace = pacing(c.content, walk);
  console.log(`  pacing: ${pace.minutes} minutes (${pace.routeWords} words, ${pace.actions} actions), ${pace.longLines.length} lines over 40 words, ${pace.longRuns.length} long runs${checked ? '' : ' (not yet in src/content/checkedCases.ts: not enforced)'}`);
}
console.log(failed ? 'check-story: problems found' : 'check-story: all good');
process.exit(failed ? 1 : 0);
