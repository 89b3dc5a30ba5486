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
