// The source check: a question about a source (# check: <item> <prompt>), answered by the ink
// choices that follow it; the answer a historian would give is tagged #best. No marks are lost:
// a wrong answer explains what it misreads and sends the player back to the same question
// (the question is a labelled gather, `- (label) Question # check: …`, and every other answer
// ends `-> label`), so the student answers again until right. Each answer is logged with the
// item, the prompt and whether it was the best; the report scores each sitting by the
// questions answered right at the first try.
//
// The rules (checked by the validator on the ink source, see `sourceCheckProblems`):
// - exactly one #best answer, and at least one other;
// - every answer is followed by its own feedback, different from every other answer's;
// - every answer but the best returns to the question (`-> label` of the question's gather);
// - the best answer is sticky (`+`), the others once-only (`*`): a question asked again (a
//   press repeated) always has a way on, and a tried wrong answer is not offered twice;
// - across all the game's checks, no position holds the best answer more than 40% of the time
//   (`bestPositionProblems`), so "always pick the first" does not pay.
import type { StudentLog } from './studentLog';
import type { Line } from './view';
import type { InkChoice } from './inkDriver';
import { hasMeta } from './tags';

/** The source-check question the line asks, if it asks one. */
export function sourceCheckOf(line: Line | null): { item: string; prompt: string } | null {
  const c = line?.commands.find((x) => x.type === 'source-check');
  return c && c.type === 'source-check' ? { item: c.item, prompt: c.prompt } : null;
}

/** A choice was made: if it answers a source check, log the answer. */
export function answerSourceCheck(line: Line | null, choice: InkChoice, log: StudentLog): void {
  const check = sourceCheckOf(line);
  if (check) log.append({ kind: 'source-check', item: check.item, prompt: check.prompt, answer: choice.text, best: hasMeta(choice.commands, 'best') });
}

/** A deduction's conclusion is asked as a check on the conclusion item (deduction.ts): the
 *  same choice rules, but not scored as a source check. */
export const CONCLUSION_PROMPT = 'conclusion';

/** Score of a sitting: each question (item + prompt) counts once, right if its first answer was. */
export function sourceCheckScore(entries: ReadonlyArray<{ kind: string; item?: string; prompt?: string; best?: boolean }>): { asked: number; firstTry: number } {
  const first = new Map<string, boolean>();
  for (const e of entries) {
    if (e.kind !== 'source-check' || e.prompt === CONCLUSION_PROMPT) continue;
    const key = `${e.item}|${e.prompt}`;
    if (!first.has(key)) first.set(key, Boolean(e.best));
  }
  return { asked: first.size, firstTry: [...first.values()].filter(Boolean).length };
}

export interface SourceCheckOption {
  /** 1-based line in the ink file. */
  line: number;
  text: string;
  best: boolean;
  /** The words that follow the answer (tags and diverts removed). */
  feedback: string;
  /** Labels the answer diverts to. */
  diverts: string[];
  /** Written with `+` (offered again each time the question is asked). */
  sticky: boolean;
}

export interface SourceCheckBlock {
  file: string;
  line: number;
  item: string;
  prompt: string;
  /** The label of the question's gather, `- (label) Question`, if it has one. */
  label: string | null;
  /** The knot and stitch it is written in ("" when none). */
  knot: string;
  stitch: string;
  options: SourceCheckOption[];
}

const choiceRe = /^\s*((?:[*+]\s*)+)(.*)$/;
const gatherRe = /^\s*((?:-(?!>)\s*)+)(.*)$/;
const depth = (marks: string) => marks.replace(/\s/g, '').length;
const words = (s: string) => s.replace(/\/\/.*$/, '').replace(/#.*$/, '').replace(/->\s*[\w.]+/g, '').replace(/<>/g, '').trim();

/** Every source check written in an ink file, with its answers, read from the source text. */
export function sourceCheckBlocks(file: string, text: string): SourceCheckBlock[] {
  const lines = text.split('\n');
  const out: SourceCheckBlock[] = [];
  let knot = '';
  let stitch = '';
  lines.forEach((raw, i) => {
    const k = /^\s*(=+)\s*(\w+)/.exec(raw);
    if (k && k[1].length > 1) [knot, stitch] = [k[2], ''];
    else if (k) stitch = k[2];
    const m = /#\s*check:\s*([\w-]+)\s+([\w-]+)/.exec(raw);
    if (!m || /^\s*\/\//.test(raw)) return;
    const g = gatherRe.exec(raw);
    const label = g ? (/^\((\w+)\)/.exec(g[2].trim())?.[1] ?? null) : null;
    const block: SourceCheckBlock = { file, line: i + 1, item: m[1], prompt: m[2], label, knot, stitch, options: [] };
    let level = 0;
    let current: SourceCheckOption | null = null;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (!l.trim() || /^\s*\/\//.test(l)) continue;
      if (/^\s*=/.test(l)) break;
      const c = choiceRe.exec(l);
      if (c && (level === 0 || depth(c[1]) === level)) {
        level = depth(c[1]);
        const rest = c[2];
        const bracket = /^\s*(?:\(\w+\)\s*)?\[([^\]]*)\](.*)$/.exec(rest);
        const choiceText = bracket ? bracket[1] : rest;
        current = {
          line: j + 1,
          text: words(choiceText.replace(/#best/, '')),
          best: /#\s*best\b/.test(choiceText),
          feedback: bracket ? words(bracket[2]) : '',
          diverts: [...(bracket ? bracket[2] : '').matchAll(/->\s*(\w+)/g)].map((x) => x[1]),
          sticky: c[1].includes('+'),
        };
        block.options.push(current);
        continue;
      }
      const gm = gatherRe.exec(l);
      if (gm && (level === 0 || depth(gm[1]) <= level)) break;
      if (!current) break; // the check line is not followed by its answers
      if (c) continue; // a deeper choice inside an answer
      const f = words(l);
      if (f) current.feedback = current.feedback ? `${current.feedback} ${f}` : f;
      for (const d of l.replace(/#.*$/, '').matchAll(/->\s*(\w+)/g)) current.diverts.push(d[1]);
    }
    out.push(block);
  });
  return out;
}

/** What is wrong with one check, each problem naming file and line. */
export function sourceCheckProblems(b: SourceCheckBlock): string[] {
  const where = `${b.file}:${b.line}`;
  const problems: string[] = [];
  const best = b.options.filter((o) => o.best);
  if (best.length !== 1) problems.push(`${where}: a source check has exactly one answer tagged #best (found ${best.length})`);
  if (b.options.length < 2) problems.push(`${where}: a source check offers at least two answers`);
  if (!b.label) problems.push(`${where}: a source check's question is a labelled gather, "- (label) Question # check: …", so a wrong answer can return to it`);
  const seen = new Map<string, number>();
  for (const o of b.options) {
    const at = `${b.file}:${o.line}`;
    if (!o.feedback) problems.push(`${at}: answer "${o.text}" needs its own feedback line`);
    else if (seen.has(o.feedback)) problems.push(`${at}: answer "${o.text}" repeats the feedback of line ${seen.get(o.feedback)}; each answer says what it misreads`);
    else seen.set(o.feedback, o.line);
    if (!o.best && b.label && !o.diverts.includes(b.label)) problems.push(`${at}: wrong answer "${o.text}" returns to the question (-> ${b.label}) so the player can answer again`);
    if (o.best && b.label && o.diverts.includes(b.label)) problems.push(`${at}: the best answer moves on; it does not return to the question`);
    if (o.best !== o.sticky) problems.push(`${at}: ${o.best ? 'the best answer is sticky (+), so a question asked again always has a way on' : 'a wrong answer is once-only (*), so it is not offered again once tried'}`);
  }
  return problems;
}

/** Where the best answer sits (1-based), over all checks: no position may hold more than 40%. */
export function bestPositionProblems(blocks: readonly SourceCheckBlock[], max = 0.4): string[] {
  const counts = new Map<number, number>();
  for (const b of blocks) {
    const p = b.options.findIndex((o) => o.best) + 1;
    if (p > 0) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, n) => a + n, 0);
  return [...counts].filter(([, n]) => total && n / total > max).map(([p, n]) => `the best answer is option ${p} in ${n} of ${total} source checks (${Math.round((100 * n) / total)}%; at most ${Math.round(max * 100)}%): vary the order`);
}
