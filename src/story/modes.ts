// Difficulty modes. Study: no marks lost, explanations shown. Standard: the usual rules.
// Expert: no hints, and stepping through a whole testimony without presenting costs a mark.
export type Mode = 'study' | 'standard' | 'expert';
export const MODES: readonly Mode[] = ['study', 'standard', 'expert'];

export interface ModeRules {
  losesMarks: boolean;
  hints: boolean;
  penaliseIdlePass: boolean;
}

export function rulesFor(mode: Mode): ModeRules {
  switch (mode) {
    case 'study':
      return { losesMarks: false, hints: true, penaliseIdlePass: false };
    case 'standard':
      return { losesMarks: true, hints: true, penaliseIdlePass: false };
    case 'expert':
      return { losesMarks: true, hints: false, penaliseIdlePass: true };
  }
}

export const MAX_MARKS = 5;

/**
 * The one rule for marks, the same in every cross-examination, as the player reads it on the
 * testimony panel: a wrong present costs one mark, unless its feedback begins "Close" (the item
 * carries a related fact) or the case's grace still lasts; Expert adds a wrong line when
 * pointing and a testimony let pass without a present. On a timeline board, a "Check the
 * board" that confirms nothing costs one (timelineBoard.ts: so that trying every cell does not
 * pay). Nothing else (choices, source checks, deductions, placing a card) costs a mark.
 */
export function marksRule(mode: Mode, graceLeft = 0): string {
  if (mode === 'study') return 'Study mode: no mistake costs a mark.';
  const grace = graceLeft > 0 ? ` Your next ${graceLeft === 1 ? 'wrong present is' : `${graceLeft} wrong presents are`} free.` : '';
  const expert = mode === 'expert' ? ', a wrong line when pointing, a testimony let pass without a present' : '';
  return `Marks: one is lost for a wrong present${expert} or a board check that confirms nothing; a present the game calls "Close" costs none. Nothing else costs a mark.${grace}`;
}
