// An activity is one mechanic in play: a cross-examination, a deduction, a timeline board.
// Each lives in its own module beside its model (crossExaminationActivity.ts beside
// crossExamination.ts, …) with its rules, its view, its hint ladder and its save slice.
// The session (caseSession.ts) only coordinates: it enters the activity the story asks for,
// plays the conversations the activity starts, and comes back to it when they end.
import type * as v from 'valibot';
import type { Story } from 'inkjs';
import type { CourtRecord } from './courtRecord';
import type { StudentLog } from './studentLog';
import type { HintLadder } from './hintLadder';
import type { ModeRules } from './modes';
import type { Proof } from './proofs';
import type { PointingRules } from './pointing';
import type { Command, TagError } from './tags';
import type { SessionEvent, View } from './view';

export type ActivityKind = 'cross' | 'deduction' | 'board';

/** A player action that the game cannot do now (the screen shows it; tests expect it). */
export class SessionError extends Error {
  name = 'SessionError';
}

/** What an activity may ask of the session that runs it. */
export interface ActivityHost {
  readonly record: CourtRecord;
  readonly log: StudentLog;
  readonly hints: HintLadder;
  readonly rules: ModeRules;
  /** Hints allowed by the mode and the assignment. */
  readonly hintsAllowed: boolean;
  /** The case's proofs by "cross.statement" (proofs.json; empty while it has none). */
  readonly proofs: Readonly<Record<string, Proof>>;
  /** Pointing after a right present, by mode (pointing.ts). */
  readonly pointing: PointingRules;
  /** Plays the ink at this path; when it runs out, the session calls the activity's resume(). */
  converse(path: string): void;
  /** Sets the ink variable (`presented` holds the item a present or deduction used). */
  setInkVariable(name: string, value: string): void;
  /** The case's # grace: true (and one fewer left) while wrong presents are still free. */
  spendGrace(): boolean;
  /** A short message shown with the activity (null clears it). */
  setNotice(text: string | null): void;
  /** The activity's view changed: redraw (and autosave). */
  changed(): void;
  emit(e: SessionEvent): void;
  /** The activity's model, read once from the story. */
  model<M>(kind: ActivityKind, id: string, read: (story: Story, id: string, onTagError: (e: TagError) => void) => M): M;
}

/** Back from a conversation: stay in the activity, or leave it and go on in the story at `after`. */
export type Resume = { done: false } | { done: true; after: string };

export interface Activity<S = unknown> {
  readonly kind: ActivityKind;
  readonly id: string;
  /** What the screen shows while the activity runs. */
  view(notice: string | null): Extract<View, { phase: ActivityKind }>;
  /** Called when a conversation the activity started has run out. */
  resume(): Resume;
  /** A command from the story while this activity runs (# credibility, # reveal). */
  onCommand?(command: Command): void;
  /** The state for the save (the activity's slice). */
  save(): S;
}

/** One kind of activity: how it starts, how it comes back from a save, and its slice. */
export interface ActivityType<S> {
  readonly kind: ActivityKind;
  /** The save slice of this kind (null when no such activity is running). */
  readonly slice: { version: number; schema: v.GenericSchema<unknown, S>; migrations?: Readonly<Record<number, (old: unknown) => unknown>> };
  enter(host: ActivityHost, id: string): Activity<S>;
  /** Rebuilds the activity from its slice; throws when the slice does not fit the case. */
  restore(host: ActivityHost, state: S): Activity<S>;
}
