// Proof checks (issue 10): every contradiction's proof (story/<case>/proofs.json) must hold
// against the story and the record. Each refusal names the file and line to fix.
//
// Static (validateCase, every case): the file's shape; the key names a statement with
// `# answer:`; `item` + `also` equal the answer list; each field exists on the item's
// facsimile (in some version); `claim` is a substring of the statement as shown; cites inside
// the book; an implausible proof's `_right` lines never say "cannot both", "impossible",
// "cannot be". For a checked case (src/content/checkedCases.ts) also: every statement with
// `# answer:` has a proof.
// From the story walk (proofWalkProblems): each field exists in every version the item is in
// when the walker presents it at that statement; for a checked case, the record does not give
// the answer away early (see recordEarlyProblems).
import { parseCitation } from '../story/citation';
import type { CaseContent } from '../story/caseSession';
import { CaseSession } from '../story/caseSession';
import type { Facsimile, RecordItem } from '../story/courtRecord';
import { jsonKeyLine, proofRefs, proofsShapeProblems, type Proof } from '../story/proofs';
import type { WalkReport } from './storyWalker';

export interface SourceFile {
  file: string;
  text: string;
}

/** Words an implausible proof's breakthrough may not use: it says "hard to believe". */
export const CERTAINTY_WORDS = /\b(cannot both|can't both|impossible|cannot be|can't be)\b/i;

/** Where a knot's stitch starts in the ink sources, and the lines of its body. */
export function findStitch(sources: SourceFile[], knot: string, stitch: string): { file: string; line: number; body: Array<{ line: number; text: string }> } | null {
  for (const src of sources) {
    const lines = src.text.split('\n');
    let inKnot = false;
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i].trim();
      const k = /^={2,}\s*([A-Za-z0-9_]+)/.exec(t);
      if (k) {
        inKnot = k[1] === knot;
        continue;
      }
      const st = /^=\s*([A-Za-z0-9_]+)/.exec(t);
      if (inKnot && st && st[1] === stitch) {
        const body: Array<{ line: number; text: string }> = [];
        for (let j = i + 1; j < lines.length && !/^=/.test(lines[j].trim()); j++) body.push({ line: j + 1, text: lines[j] });
        return { file: src.file, line: i + 1, body };
      }
    }
  }
  return null;
}

function facsimileOf(item: RecordItem, version: string): Facsimile {
  if (!version) return item.facsimile;
  const patch = item.versions?.[version]?.facsimile;
  return { ...item.facsimile, ...patch, fields: patch?.fields ?? item.facsimile.fields };
}

function allVersions(item: RecordItem): string[] {
  return ['', ...Object.keys(item.versions ?? {})];
}

const versionName = (v: string) => (v ? `version "${v}"` : 'its first version');

export interface ProofCheckOptions {
  /** proofs.json as written, for line numbers (defaults to story/<case>/proofs.json, line 1). */
  proofsSource?: SourceFile | null;
  /** Apply the checks of a finished case (default: listed in checkedCases.ts). */
  checked?: boolean;
}

function locator(content: CaseContent, opts: ProofCheckOptions) {
  const file = opts.proofsSource?.file ?? `story/${content.id}/proofs.json`;
  return { file, at: (key: string) => `${file}:${opts.proofsSource ? jsonKeyLine(opts.proofsSource.text, key) : 1}` };
}

/** The static proof checks (see the header). */
export function proofProblems(content: CaseContent, sources: SourceFile[], opts: ProofCheckOptions = {}): string[] {
  const { file, at } = locator(content, opts);
  const problems: string[] = [];
  const data = content.proofs;
  if (data !== undefined) {
    const shape = proofsShapeProblems(data, file, at);
    if (shape.length) return shape;
    if (data.case !== content.id) problems.push(`${file}:${opts.proofsSource ? jsonKeyLine(opts.proofsSource.text, 'case') : 1}: "case" is "${data.case}", expected "${content.id}"`);
  }
  const proofs = data?.proofs ?? {};
  const items = new Map(content.record.items.map((i) => [i.id, i]));
  let session: CaseSession;
  try {
    session = new CaseSession(content, { strict: true });
  } catch {
    return problems; // validateCase reports why the story does not load
  }
  const statements = new Map<string, { cross: string; id: string; text: string; answers: string[] }>();
  for (const cross of session.crossIds()) {
    try {
      for (const s of session.crossModel(cross).statements) statements.set(`${cross}.${s.id}`, { cross, id: s.id, text: s.text, answers: s.answers });
    } catch {
      // reported by validateCase
    }
  }
  const statementAt = (cross: string, id: string) => {
    const f = findStitch(sources, cross, id);
    return f ? `${f.file}:${f.line}` : `${cross}.${id}`;
  };

  const checked = opts.checked ?? false;
  if (checked) {
    for (const [key, s] of statements) {
      if (s.answers.length && !proofs[key]) {
        problems.push(`${statementAt(s.cross, s.id)}: statement ${key} has # answer: but no proof in ${file} (add "${key}": { kind, claim, item, field, also, reasoning, cite })`);
      }
    }
  }

  for (const [key, p] of Object.entries(proofs)) {
    const where = at(key);
    const s = statements.get(key);
    if (!s) {
      problems.push(`${where}: proof "${key}" names no statement of this case (keys are "<cross knot>.<statement stitch>")`);
      continue;
    }
    if (!s.answers.length) {
      problems.push(`${where}: proof "${key}": the statement (${statementAt(s.cross, s.id)}) has no # answer:`);
      continue;
    }
    const refs = proofRefs(p);
    const proofItems = refs.map((r) => r.item);
    const dup = proofItems.filter((x, i) => proofItems.indexOf(x) !== i);
    if (dup.length) problems.push(`${where}: proof "${key}" names ${[...new Set(dup)].join(', ')} twice`);
    const missing = s.answers.filter((a) => !proofItems.includes(a));
    const extra = proofItems.filter((a) => !s.answers.includes(a));
    if (missing.length || extra.length) {
      problems.push(
        `${where}: proof "${key}": "item" + "also" (${proofItems.join(', ')}) must equal the statement's # answer: (${s.answers.join(', ')}) at ${statementAt(s.cross, s.id)}` +
          (missing.length ? `; missing ${missing.join(', ')}` : '') + (extra.length ? `; not an answer: ${extra.join(', ')}` : ''),
      );
    }
    for (const r of refs) {
      const item = items.get(r.item);
      if (!item) {
        problems.push(`${where}: proof "${key}": no court-record item "${r.item}"`);
        continue;
      }
      if (!allVersions(item).some((v) => facsimileOf(item, v).fields.some((f) => f.key === r.field))) {
        problems.push(`${where}: proof "${key}": "${r.item}" has no facsimile field "${r.field}" (its fields: ${item.facsimile.fields.map((f) => f.key).join(', ')})`);
      }
    }
    if (!s.text.includes(p.claim)) problems.push(`${where}: proof "${key}": claim "${p.claim}" is not in the statement as shown: "${s.text}"`);
    for (const part of ['statement', 'item'] as const) {
      try {
        parseCitation(p.cite[part]);
      } catch (e) {
        problems.push(`${where}: proof "${key}": cite.${part}: ${(e as Error).message}`);
      }
    }
    if (p.kind === 'implausible') {
      const right = findStitch(sources, s.cross, `${s.id}_right`);
      for (const l of right?.body ?? []) {
        const text = l.text.replace(/\/\/.*$/, '').replace(/#[^#]*/g, ' ');
        const m = CERTAINTY_WORDS.exec(text);
        if (m) problems.push(`${right!.file}:${l.line}: ${key} is an implausible proof: its breakthrough says "hard to believe", not "${m[0]}"`);
      }
    }
  }
  return problems;
}

/** What the player sees of an item in a version: its facsimile values and its description. */
function shownText(item: RecordItem, version: string): string[] {
  const desc = version ? item.versions?.[version]?.description ?? item.description : item.description;
  return [...facsimileOf(item, version).fields.map((f) => f.value), desc].map(norm);
}

const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/** The record never gives the answer away early. For each proof and each of its items, the
 *  decisive value is the proof field's value in the version the item is in when the player
 *  presents it at that statement (seen by the story walker, which plays every path).
 *  Refused (`early`): the story reveals the decisive line with `# update` (the version
 *  presented brings in the proof's field, or changes its value), but a version the item is
 *  in earlier, while the statement is still open, already shows that value, in another
 *  field or in its description.
 *  Noted, not refused (`notes`): an item held from the start (`held: true`) that shows the
 *  decisive value all through an earlier activity. Holding a document from the start is
 *  normal (the hearing's own exhibits, the trial record being tested); the writer judges
 *  whether the story means to bring the fact out later, and if so hands the item over
 *  with `# add` or reveals the line with `# update`.
 *  Not caught: a decisive fact reworded in an earlier version. */
export function recordEarly(content: CaseContent, walk: WalkReport, opts: ProofCheckOptions = {}): { early: string[]; notes: string[] } {
  const { at } = locator(content, opts);
  const early = new Set<string>();
  const notes = new Set<string>();
  const items = new Map(content.record.items.map((i) => [i.id, i]));
  for (const [key, p] of Object.entries(content.proofs?.proofs ?? {})) {
    const cross = key.split('.')[0];
    for (const r of proofRefs(p)) {
      const item = items.get(r.item);
      const seen = walk.rightPresents[key]?.[r.item];
      if (!item || !seen) continue;
      for (const v of seen) {
        const value = facsimileOf(item, v).fields.find((f) => f.key === r.field)?.value;
        if (!value) continue;
        const decisive = norm(value);
        const openElsewhere = Object.values(walk.heldWhileOpen[r.item] ?? {}).some((open) => open.some((k) => !k.startsWith(`${cross}.`)));
        if (item.held && shownText(item, '').some((t) => t.includes(decisive)) && walk.firstActivity !== cross && openElsewhere) {
          notes.add(`${at(key)}: note: "${r.item}" is in the record from the start (held: true) already showing its decisive "${r.field}" ("${value}") before ${cross}; if the story means to bring this out later, hand it over with # add or reveal it with # update`);
        }
        for (const [w, open] of Object.entries(walk.heldWhileOpen[r.item] ?? {})) {
          if (seen.includes(w) || !open.includes(key)) continue;
          const own = facsimileOf(item, w).fields.find((f) => f.key === r.field)?.value;
          if (own !== undefined && norm(own) === decisive) continue; // the # update did not reveal this line
          if (shownText(item, w).some((t) => t.includes(decisive))) {
            early.add(`${at(key)}: "${r.item}" in ${versionName(w)} already shows the decisive "${r.field}" ("${value}") before the story's # update reveals it: take it out of that version`);
          }
        }
      }
    }
  }
  return { early: [...early], notes: [...notes] };
}

export function recordEarlyProblems(content: CaseContent, walk: WalkReport, opts: ProofCheckOptions = {}): string[] {
  return recordEarly(content, walk, opts).early;
}

/** The checks that need the story walk (see the header). */
export function proofWalkProblems(content: CaseContent, walk: WalkReport, opts: ProofCheckOptions = {}): string[] {
  const { at } = locator(content, opts);
  const problems: string[] = [];
  const items = new Map(content.record.items.map((i) => [i.id, i]));
  for (const [key, p] of Object.entries(content.proofs?.proofs ?? {})) {
    for (const r of proofRefs(p)) {
      const item = items.get(r.item);
      if (!item) continue;
      for (const v of walk.rightPresents[key]?.[r.item] ?? []) {
        if (!facsimileOf(item, v).fields.some((f) => f.key === r.field)) {
          problems.push(`${at(key)}: proof "${key}": "${r.item}" is presented here in ${versionName(v)}, which has no facsimile field "${r.field}"`);
        }
      }
    }
  }
  if (opts.checked ?? false) problems.push(...recordEarlyProblems(content, walk, opts));
  return problems;
}

export type { Proof };
