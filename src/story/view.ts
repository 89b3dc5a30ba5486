// What the session shows and tells: the view of the moment (a line, choices, an activity,
// the ending), the scene behind it, and the events the screen and the sound listen to.
import type { Command } from './tags';
import type { CrossView } from './crossExaminationActivity';
import type { DeductionView } from './deductionActivity';
import type { BoardView } from './timelineBoardActivity';

export type { CrossView, StatementView } from './crossExaminationActivity';
export type { DeductionView } from './deductionActivity';
export type { BoardCardView, BoardView } from './timelineBoardActivity';

export interface Line {
  text: string;
  speaker: string | null;
  expression: string | null;
  cite: string | null;
  commands: Command[];
}

export interface ChoiceView {
  index: number;
  text: string;
}

export type View =
  | { phase: 'line'; line: Line; inCross: boolean }
  | { phase: 'choices'; line: Line | null; choices: ChoiceView[] }
  | { phase: 'cross'; cross: CrossView; notice: string | null }
  | { phase: 'deduction'; deduction: DeductionView; notice: string | null }
  | { phase: 'board'; board: BoardView; notice: string | null }
  | { phase: 'ended'; ending: string };

/** What the story has set on stage so far: kept in the save, drawn by presentScene. */
export interface SceneState {
  background: string | null;
  speaker: string | null;
  expression: string | null;
  music: string | null;
  /** The caption or scene card under the stage (null: none). */
  caption: string | null;
}

export type SessionEvent =
  | { type: 'command'; command: Command }
  | { type: 'change'; view: View }
  | { type: 'wrong-present'; item: string; marksLeft: number; markLost: boolean }
  | { type: 'restart'; cross: string }
  | { type: 'restored'; scene: SceneState };
