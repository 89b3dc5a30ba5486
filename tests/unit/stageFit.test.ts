// The stage's canvas keeps its size through the small changes each line makes to its area, and
// follows the large ones (stageFit.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIT_GROW, FIT_SLACK, fitSize } from '../../src/stage/stageFit';

describe('the stage canvas size', () => {
  it('takes the width allowed at first', () => {
    expect(fitSize(0, 981)).toBe(981);
  });

  it('keeps its width when a line moves the area by a pixel or a smaller font (the widths seen in the Prologue)', () => {
    let shown = fitSize(0, 981);
    for (const allowed of [980, 981, 994, 980, 981, 994, 981]) shown = fitSize(shown, allowed);
    expect(shown).toBe(981);
  });

  it('shrinks when a taller line would cover the picture, and grows back when the room returns', () => {
    expect(fitSize(981, 937)).toBe(937);
    expect(fitSize(937, 981)).toBe(981);
    expect(fitSize(981, 604)).toBe(604); // the testimony panel opens
  });

  it('never overflows the area by more than the slack, and never leaves a grow-sized gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 3000 }), (shown, allowed) => {
        const w = fitSize(shown, allowed);
        expect(w - allowed).toBeLessThanOrEqual(FIT_SLACK);
        expect(allowed - w).toBeLessThan(FIT_GROW);
      }),
    );
  });
});
