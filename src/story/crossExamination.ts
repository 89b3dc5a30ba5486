// A cross-examination, read from its Ink knot by convention (story/WRITING.md):
//   knot header tags  # cross: <knot>  # title: …  # witness: <profile>  # after: <knot>
//   stitch sN         the statement line; # statement, # answer: <ids>, # hidden
//   stitch sN_press   the press conversation
//   stitch sN_right   the breakthrough (ink var `presented` holds the item)
//   stitch sN_wrong_* a wrong present with its own feedback; # wrong: <ids>
//   stitch sN_hints   three lines tagged # hint: 1..3 (# point: item.field on step 2)
//   stitch wrong      the generic wrong-present feedback for this testimony
import type { Story } from 'inkjs';
import { readAside, stitchNames, tagsAt } from './inkStory';
import { hasMeta, idList, metaValue, type Command, type TagError } from './tags';

export interface HintStep {
  step: number;
  text: string;
  /** Step 2 points at a field of a court-record item: "item-id.field-key". */
  point?: { item: string; field: string };
}

export interface WrongFeedback {
  stitch: string;
  items: string[];
  /** Tagged # close: the item carries a related fact, so presenting it costs no mark. */
  close: boolean;
}

export interface Statement {
  id: string;
  text: string;
  speaker: string | null;
  cite: string | null;
  /** Items that expose this statement; empty when it holds no contradiction. */
  answers: string[];
  hidden: boolean;
  hasPress: boolean;
  hasRight: boolean;
  wrongs: WrongFeedback[];
  hints: HintStep[];
  /** The statement's words are not recorded by the book (# dramatized: note): shown labelled. */
  dramatized: string | null;
}

export interface CrossModel {
  id: string;
  title: string;
  witness: string;
  place: string | null;
  after: string;
  statements: Statement[];
  hasGenericWrong: boolean;
  /** Transcript testimony: the record item (a trial record) whose pages are read into the hearing. */
  transcript: string | null;
}

export class CrossModelError extends Error {
  name = 'CrossModelError';
}

const STATEMENT = /^s(\d+)([a-z]?)$/;

function statementOrder(a: string, b: string): number {
  const ma = STATEMENT.exec(a)!;
  const mb = STATEMENT.exec(b)!;
  return Number(ma[1]) - Number(mb[1]) || ma[2].localeCompare(mb[2]);
}

function firstOf<T extends Command['type']>(cmds: Command[], type: T): Extract<Command, { type: T }> | undefined {
  return cmds.find((c) => c.type === type) as Extract<Command, { type: T }> | undefined;
}

/** A hint ladder: one line per step, tagged # hint: N, step 2 pointing at a record field. */
export function readHintLadder(story: Story, path: string, onTagError?: (e: TagError) => void): HintStep[] {
  return readAside(story, path, onTagError).map((l, i) => {
    const point = metaValue(l.commands, 'point');
    const [item, field] = point ? point.split('.') : [];
    return { step: Number(metaValue(l.commands, 'hint') ?? i + 1), text: l.text, point: item && field ? { item, field } : undefined };
  });
}

export function readCrossModel(story: Story, knot: string, onTagError?: (e: TagError) => void): CrossModel {
  const header = tagsAt(story, knot, onTagError);
  const crossTag = firstOf(header, 'cross');
  if (!crossTag) throw new CrossModelError(`knot "${knot}" is not a cross-examination (no "# cross: ${knot}" in its header)`);
  if (crossTag.id !== knot) throw new CrossModelError(`knot "${knot}" is tagged "# cross: ${crossTag.id}"; the tag must name its own knot`);
  const after = metaValue(header, 'after');
  if (!after) throw new CrossModelError(`cross-examination "${knot}" needs "# after: <knot>" in its header`);
  const stitches = stitchNames(story, knot);
  const statementIds = stitches.filter((s) => STATEMENT.test(s)).sort(statementOrder);
  if (statementIds.length === 0) throw new CrossModelError(`cross-examination "${knot}" has no statements (stitches s1, s2, …)`);

  const statements = statementIds.map((id): Statement => {
    const lines = readAside(story, `${knot}.${id}`, onTagError);
    if (lines.length !== 1) throw new CrossModelError(`${knot}.${id} must be exactly one line of testimony, found ${lines.length}`);
    const [line] = lines;
    const wrongs = stitches
      .filter((s) => s.startsWith(`${id}_wrong`))
      .map((s) => {
        const tags = tagsAt(story, `${knot}.${s}`, onTagError);
        return { stitch: s, items: idList(metaValue(tags, 'wrong')), close: hasMeta(tags, 'close') };
      });
    for (const w of wrongs) {
      if (w.items.length === 0) throw new CrossModelError(`${knot}.${w.stitch} needs "# wrong: <item ids>"`);
    }
    const hints = stitches.includes(`${id}_hints`) ? readHintLadder(story, `${knot}.${id}_hints`, onTagError) : [];
    return {
      id,
      text: line.text,
      speaker: firstOf(line.commands, 'speaker')?.id ?? null,
      cite: firstOf(line.commands, 'cite')?.cite ?? null,
      answers: idList(metaValue(line.commands, 'answer')),
      hidden: hasMeta(line.commands, 'hidden'),
      dramatized: (() => {
        const d = line.commands.find((c) => c.type === 'dramatized');
        return d && d.type === 'dramatized' ? d.note : null;
      })(),
      hasPress: stitches.includes(`${id}_press`),
      hasRight: stitches.includes(`${id}_right`),
      wrongs,
      hints,
    };
  });

  const witness = metaValue(header, 'witness');
  if (!witness) throw new CrossModelError(`cross-examination "${knot}" needs "# witness: <profile id>"`);
  return {
    id: knot,
    title: metaValue(header, 'title') ?? knot,
    witness,
    place: metaValue(header, 'place') ?? null,
    after,
    statements,
    hasGenericWrong: stitches.includes('wrong'),
    transcript: metaValue(header, 'transcript') ?? null,
  };
}

/** Structural problems an author must fix; the story tests fail on any. */
export function crossModelProblems(m: CrossModel): string[] {
  const p: string[] = [];
  const where = (s: string) => `${m.id}.${s}`;
  if (!m.hasGenericWrong) p.push(`${m.id}: needs a "wrong" stitch for presents without specific feedback`);
  const visible = m.statements.filter((s) => !s.hidden);
  if (visible.length < 2 || m.statements.length > 9) p.push(`${m.id}: a testimony has 2–9 statements (found ${m.statements.length})`);
  if (!m.statements.some((s) => s.answers.length)) p.push(`${m.id}: no statement has a contradiction (# answer: …)`);
  for (const s of m.statements) {
    if (!s.hasPress) p.push(`${where(s.id)}: every statement must be pressable (add ${s.id}_press)`);
    if (s.answers.length && !s.hasRight) p.push(`${where(s.id)}: has answers but no ${s.id}_right stitch`);
    if (!s.answers.length && s.hasRight) p.push(`${where(s.id)}: has ${s.id}_right but no # answer`);
    if (s.answers.length) {
      const steps = s.hints.map((h) => h.step).join(',');
      if (steps !== '1,2,3') p.push(`${where(s.id)}: needs a three-step hint ladder (${s.id}_hints with # hint: 1, 2, 3), found [${steps}]`);
      if (s.hints[1] && !s.hints[1].point) p.push(`${where(s.id)}: hint step 2 must point at a field (# point: item.field)`);
      const specific = new Set(s.wrongs.flatMap((w) => w.items));
      if (specific.size < 3) p.push(`${where(s.id)}: give specific feedback (${s.id}_wrong_*) for at least three plausible wrong items; found ${specific.size}`);
    }
    for (const w of s.wrongs) {
      const overlap = w.items.filter((i) => s.answers.includes(i));
      if (overlap.length) p.push(`${where(w.stitch)}: ${overlap.join(', ')} is also a right answer`);
    }
  }
  return p;
}
