// Proofs (issue 10): for every statement with `# answer:`, why the document exposes it.
// Each case folder holds `story/<case>/proofs.json` (format in story/WRITING.md):
//   { "case": "prologue", "proofs": { "<cross knot>.<statement stitch>": Proof } }
// The validator checks each proof against the story and the record; the content index prints
// it; the game uses `field` for the pointing step (the player picks the field of the
// document's facsimile that contradicts the statement).

export type ProofKind = 'direct' | 'implausible';

export interface ProofRef {
  item: string;
  field: string;
}

export interface Proof {
  /** direct: the two cannot both be true. implausible: hard to believe (never "cannot be"). */
  kind: ProofKind;
  /** The exact words of the statement, as shown, that are false (a substring of its line). */
  claim: string;
  /** The record item and the facsimile field key whose value contradicts the claim. */
  item: string;
  field: string;
  /** Every other item that carries the same fact, each with its field. */
  also: ProofRef[];
  /** One plain sentence: why the two cannot both be true (or why it is hard to believe). */
  reasoning: string;
  /** Seed line ranges inside the book. */
  cite: { statement: string; item: string };
}

export interface ProofsData {
  case: string;
  proofs: Record<string, Proof>;
}

export const PROOF_KINDS: readonly ProofKind[] = ['direct', 'implausible'];

/** The proof's items with their fields: the main one first, then every `also`. */
export function proofRefs(p: Proof): ProofRef[] {
  return [{ item: p.item, field: p.field }, ...(p.also ?? [])];
}

/** The field of `item` that proves the statement (null when the item is not part of the proof). */
export function proofFieldFor(p: Proof, item: string): string | null {
  return proofRefs(p).find((r) => r.item === item)?.field ?? null;
}

/** Shape problems of a proofs.json document (empty when well formed). `where(key)` names the
 *  file and line of a proof for the message. */
export function proofsShapeProblems(data: unknown, file: string, where: (key: string) => string = () => file): string[] {
  const d = data as Partial<ProofsData> | null;
  if (!d || typeof d !== 'object' || typeof d.case !== 'string' || !d.proofs || typeof d.proofs !== 'object' || Array.isArray(d.proofs)) {
    return [`${file}: expected { "case": "<case id>", "proofs": { "<cross>.<statement>": { … } } }`];
  }
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(d.proofs)) {
    const at = where(key);
    const p = raw as Partial<Proof> | null;
    if (!/^[a-z0-9_-]+\.s\d+[a-z]?$/.test(key)) problems.push(`${at}: proof key "${key}" must be "<cross knot>.<statement stitch>", e.g. "ce_swen.s1"`);
    if (!p || typeof p !== 'object') {
      problems.push(`${at}: proof "${key}" is not an object`);
      continue;
    }
    if (!PROOF_KINDS.includes(p.kind as ProofKind)) problems.push(`${at}: proof "${key}": "kind" must be "direct" or "implausible"`);
    for (const f of ['claim', 'item', 'field', 'reasoning'] as const) {
      if (typeof p[f] !== 'string' || !(p[f] as string).trim()) problems.push(`${at}: proof "${key}": "${f}" is missing or empty`);
    }
    if (p.also !== undefined && (!Array.isArray(p.also) || p.also.some((a) => !a || typeof a.item !== 'string' || typeof a.field !== 'string'))) {
      problems.push(`${at}: proof "${key}": "also" is a list of { "item": …, "field": … }`);
    }
    if (!p.cite || typeof p.cite.statement !== 'string' || typeof p.cite.item !== 'string') {
      problems.push(`${at}: proof "${key}": "cite" needs "statement" and "item" line ranges ("L330-332")`);
    }
  }
  return problems;
}

/** The line of `"key"` in a JSON text (1-based), for messages; 1 when not found. */
export function jsonKeyLine(text: string, key: string): number {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
