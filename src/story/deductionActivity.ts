// The deduction in play: the player picks two court-record items and combines them.
//   right pair      the deduction is solved; its "right" stitch plays, then the story goes on at # after
//   tempting pair   the wrong_* stitch whose # combine names it plays (no mark is lost)
//   any other pair  the generic "wrong" stitch plays
//   hint            the next step of its three-step ladder (stitch "hints")
// The model is read from ink in deduction.ts.
import * as v from 'valibot';
import { pairOf, readDeductionModel, samePair, type DeductionModel } from './deduction';
import type { HintStep } from './crossExamination';
import { SessionError, type Activity, type ActivityHost, type ActivityType, type Resume } from './activity';

export interface DeductionView {
  id: string;
  title: string;
  prompt: string;
  hintsAllowed: boolean;
  hints: HintStep[];
}

const DeductionStateSchema = v.object({ id: v.string(), solved: v.boolean() });
export type DeductionState = v.InferOutput<typeof DeductionStateSchema>;

export class Deduction implements Activity<DeductionState> {
  readonly kind = 'deduction';

  constructor(private readonly host: ActivityHost, readonly model: DeductionModel, private state: DeductionState) {}

  get id(): string {
    return this.model.id;
  }

  private get hintKey(): string {
    return `${this.id}.deduction`;
  }

  view(notice: string | null): { phase: 'deduction'; deduction: DeductionView; notice: string | null } {
    const m = this.model;
    return {
      phase: 'deduction',
      notice,
      deduction: { id: m.id, title: m.title, prompt: m.prompt, hintsAllowed: this.host.hintsAllowed, hints: this.host.hints.shown(this.hintKey, m.hints) },
    };
  }

  /** Combine two court-record items; the right pair is the deduction's conclusion. */
  deduce(a: string, b: string): void {
    for (const id of [a, b]) if (!this.host.record.has(id)) throw new SessionError(`"${id}" is not in the court record`);
    if (a === b) throw new SessionError('a deduction combines two different items');
    const pair = pairOf(a, b);
    const correct = this.model.right.some((r) => samePair(r, pair));
    this.host.log.append({ kind: 'deduction', deduction: this.id, items: pair, correct });
    if (correct) this.state.solved = true;
    const specific = this.model.wrongs.find((w) => w.pairs.some((p) => samePair(p, pair)));
    this.host.converse(`${this.id}.${correct ? 'right' : specific ? specific.stitch : 'wrong'}`);
  }

  /** The next hint step; returns the steps now shown. */
  hint(): HintStep[] {
    if (!this.host.hintsAllowed) throw new SessionError('no hints here (the mode or the assignment turns them off)');
    const steps = this.host.hints.next(this.hintKey, this.model.hints);
    this.host.log.append({ kind: 'hint', cross: this.id, statement: 'deduction', step: steps.length });
    this.host.changed();
    return steps;
  }

  resume(): Resume {
    return this.state.solved ? { done: true, after: this.model.after } : { done: false };
  }

  save(): DeductionState {
    return { ...this.state };
  }
}

export const deduction: ActivityType<DeductionState> = {
  kind: 'deduction',
  slice: { version: 1, schema: DeductionStateSchema },
  enter(host, id) {
    const model = host.model('deduction', id, readDeductionModel);
    host.log.append({ kind: 'deduction-start', id });
    return new Deduction(host, model, { id, solved: false });
  },
  restore(host, state) {
    return new Deduction(host, host.model('deduction', state.id, readDeductionModel), { ...state });
  },
};
