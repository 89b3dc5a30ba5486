// A deduction: the player combines two facts from the court record into a conclusion
// ("the airfield was open" + "the customs log shows no foreign aircraft" ⇒ open is not landed).
// Written in ink by convention (story/WRITING.md):
//   knot header  # deduction: <knot>  # title: …  # prompt: …  # after: <knot>
//   stitch right     # combine: item-a + item-b   (several allowed) — adds the conclusion with # add
//   stitch wrong_*   # combine: item-a + item-b   specific feedback for a tempting pair
//   stitch wrong     any other pair
//   stitch hints     three lines # hint: 1..3 (# point: item.field on step 2)
import type { Story } from 'inkjs';
import { readHintLadder, type HintStep } from './crossExamination';
import { stitchNames, tagsAt } from './inkStory';
import { metaValue, type Command, type TagError } from './tags';

export type Pair = [string, string];

export interface DeductionModel {
  id: string;
  title: string;
  prompt: string;
  after: string;
  right: Pair[];
  wrongs: Array<{ stitch: string; pairs: Pair[] }>;
  hasGenericWrong: boolean;
  hints: HintStep[];
}

export class DeductionModelError extends Error {
  name = 'DeductionModelError';
}

/** "a + b" → a sorted pair, so the order the player picks them in does not matter. */
export function pairOf(a: string, b: string): Pair {
  return a < b ? [a, b] : [b, a];
}

export function samePair(p: Pair, q: Pair): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

function pairsIn(cmds: Command[], where: string): Pair[] {
  return cmds
    .filter((c): c is Extract<Command, { type: 'meta' }> => c.type === 'meta' && c.key === 'combine')
    .map((c) => {
      const parts = c.value.split('+').map((s) => s.trim()).filter(Boolean);
      if (parts.length !== 2) throw new DeductionModelError(`${where}: "# combine: ${c.value}" must name two items: a + b`);
      return pairOf(parts[0], parts[1]);
    });
}

export function readDeductionModel(story: Story, knot: string, onTagError?: (e: TagError) => void): DeductionModel {
  const header = tagsAt(story, knot, onTagError);
  const tag = header.find((c) => c.type === 'deduction');
  if (!tag || tag.type !== 'deduction' || tag.id !== knot) throw new DeductionModelError(`knot "${knot}" needs "# deduction: ${knot}" in its header`);
  const after = metaValue(header, 'after');
  if (!after) throw new DeductionModelError(`deduction "${knot}" needs "# after: <knot>"`);
  const stitches = stitchNames(story, knot);
  if (!stitches.includes('right')) throw new DeductionModelError(`deduction "${knot}" needs a "right" stitch`);
  const right = pairsIn(tagsAt(story, `${knot}.right`, onTagError), `${knot}.right`);
  if (!right.length) throw new DeductionModelError(`${knot}.right needs "# combine: a + b"`);
  return {
    id: knot,
    title: metaValue(header, 'title') ?? knot,
    prompt: metaValue(header, 'prompt') ?? 'Which two facts, taken together, lead to the conclusion?',
    after,
    right,
    wrongs: stitches
      .filter((s) => s.startsWith('wrong_'))
      .map((s) => ({ stitch: s, pairs: pairsIn(tagsAt(story, `${knot}.${s}`, onTagError), `${knot}.${s}`) })),
    hasGenericWrong: stitches.includes('wrong'),
    hints: stitches.includes('hints') ? readHintLadder(story, `${knot}.hints`, onTagError) : [],
  };
}

export function deductionProblems(m: DeductionModel): string[] {
  const p: string[] = [];
  if (!m.hasGenericWrong) p.push(`${m.id}: needs a "wrong" stitch`);
  if (m.hints.map((h) => h.step).join(',') !== '1,2,3') p.push(`${m.id}: needs a three-step hint ladder (stitch "hints")`);
  for (const w of m.wrongs) {
    if (!w.pairs.length) p.push(`${m.id}.${w.stitch}: needs "# combine: a + b"`);
    for (const pair of w.pairs) if (m.right.some((r) => samePair(r, pair))) p.push(`${m.id}.${w.stitch}: ${pair.join(' + ')} is also a right pair`);
  }
  return p;
}
