// Point to the line (issue 10): after the right item is presented, the player picks the
// field of its facsimile that contradicts the statement. The right field (the proof's
// `field`, or the `also` entry's field for that item) completes the objection; any other
// field is "close": feedback, and a mark in Expert only. Standard and Expert require it;
// Study offers it (the player may skip). A statement without a proof skips pointing.
import type { Mode } from './modes';
import { proofFieldFor, type Proof } from './proofs';
import type { FacsimileField } from './courtRecord';

export interface PointingRules {
  /** Pointing follows every right present that has a proof. */
  on: boolean;
  /** Study: the player may skip it. */
  optional: boolean;
  /** Expert: a wrong line costs a mark. */
  closeCostsMark: boolean;
}

export function pointingRules(mode: Mode): PointingRules {
  return { on: true, optional: mode === 'study', closeCostsMark: mode === 'expert' };
}

export interface PointJudgement {
  correct: boolean;
  /** The field that proves it (for the report and the walker). */
  rightField: string;
  feedback: string | null;
}

export function judgePoint(proof: Proof, item: string, field: string, fields: readonly FacsimileField[]): PointJudgement {
  const rightField = proofFieldFor(proof, item);
  if (!rightField) throw new Error(`"${item}" is not part of the proof`);
  if (!fields.some((f) => f.key === field)) throw new Error(`the document has no line "${field}"`);
  if (field === rightField) return { correct: true, rightField, feedback: null };
  const label = fields.find((f) => f.key === field)!.label;
  return {
    correct: false,
    rightField,
    feedback: `Close: the line "${label}" is on the right document, but it does not contradict "${proof.claim}". Which line says otherwise?`,
  };
}
