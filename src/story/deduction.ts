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

// The conclusion is the player's to form. After the right pair, the `right` stitch asks what
// the two show together, as a choice among tempting candidates (a labelled question tagged
// `# check: <conclusion-item> conclusion`, written like a source check: the conclusion #best
// and sticky, each other candidate once-only with its own feedback and `-> label` back), and
// only the chosen conclusion adds the conclusion card. So neither the deduction's title nor its
// prompt may state the conclusion, or name the two facts to combine: `deductionWordingProblems`
// refuses any two significant words, side by side, shared with the conclusion (the right
// candidate and the conclusion card's title) or with a fact's title.
const STOP = new Set('the a an of in on at to and or is was were be been by for with it its that this these those what which who whom from as are his her their did does do has had have into than then there so but not no if about'.split(' '));

/** Significant words, in order: lower case, no stop words, a plural's s dropped. */
export function significantWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [])
    .map((w) => w.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, ''))
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** The first pair of significant words, side by side in `phrase`, that `text` also has side by side. */
export function sharedPair(text: string, phrase: string): string | null {
  const t = significantWords(text);
  const pairs = new Set(t.slice(1).map((w, i) => `${t[i]} ${w}`));
  const p = significantWords(phrase);
  for (let i = 1; i < p.length; i++) if (pairs.has(`${p[i - 1]} ${p[i]}`)) return `${p[i - 1]} ${p[i]}`;
  return null;
}

export function deductionWordingProblems(m: Pick<DeductionModel, 'id' | 'title' | 'prompt'>, conclusions: readonly string[], factTitles: readonly string[]): string[] {
  const out: string[] = [];
  for (const [what, text] of [['title', m.title], ['prompt', m.prompt]] as const) {
    for (const c of conclusions) {
      const shared = sharedPair(text, c.replace(/^Deduction:\s*/i, ''));
      if (shared) out.push(`${m.id}: the ${what} gives the conclusion away ("${shared}", from "${c}"); let the player form it`);
    }
    if (what === 'prompt') {
      for (const f of factTitles) {
        const shared = sharedPair(text, f);
        if (shared) out.push(`${m.id}: the prompt names a fact to combine ("${shared}", from "${f}"); let the player find it`);
      }
    }
  }
  return out;
}
