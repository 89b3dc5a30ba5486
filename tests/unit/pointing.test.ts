// Point to the line: the rules by mode, and which field completes the objection.
import { describe, expect, it } from 'vitest';
import { judgePoint, pointingRules } from '../../src/story/pointing';
import type { Proof } from '../../src/story/proofs';

const proof: Proof = {
  kind: 'direct', claim: 'real police officers', item: 'badge', field: 'shown', also: [{ item: 'card', field: 'said' }],
  reasoning: 'r', cite: { statement: 'L1', item: 'L2' },
};
const fields = [{ key: 'shown', label: 'Shown', value: 'false badges' }, { key: 'when', label: 'When', value: 'night' }];

describe('pointing', () => {
  it('is required in Standard and Expert, offered in Study; a wrong line costs a mark only in Expert', () => {
    expect(pointingRules('standard')).toEqual({ on: true, optional: false, closeCostsMark: false });
    expect(pointingRules('expert')).toEqual({ on: true, optional: false, closeCostsMark: true });
    expect(pointingRules('study')).toEqual({ on: true, optional: true, closeCostsMark: false });
  });

  it('accepts the proof field of the item presented (also for an "also" item), and answers another line with specific feedback', () => {
    expect(judgePoint(proof, 'badge', 'shown', fields)).toEqual({ correct: true, rightField: 'shown', feedback: null });
    expect(judgePoint(proof, 'card', 'said', [{ key: 'said', label: 'Said', value: 'x' }]).correct).toBe(true);
    const close = judgePoint(proof, 'badge', 'when', fields);
    expect(close.correct).toBe(false);
    expect(close.feedback).toBe('Close: the line "When" is on the right document, but it does not contradict "real police officers". Which line says otherwise?');
    expect(() => judgePoint(proof, 'note', 'shown', fields)).toThrow(/not part of the proof/);
  });
});
