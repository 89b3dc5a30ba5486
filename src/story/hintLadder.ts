// The hint ladder, shared by every activity: re-read, then where to look, then the answer
// named. Each ladder is known by a key ("<activity>.<statement>"); the ladder remembers how
// far up the player has climbed, so the steps stay visible and a reload keeps them.
import * as v from 'valibot';
import type { HintStep } from './crossExamination';
import type { Saveable } from '../save/slice';

export type HintSave = Record<string, number>;

export class HintLadder implements Saveable<HintSave> {
  readonly key = 'hints';
  readonly version = 1;
  readonly schema = v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)));
  private climbed: HintSave = {};

  /** One step further up the ladder (never past its top); returns the steps now shown. */
  next(key: string, ladder: readonly HintStep[]): HintStep[] {
    this.climbed[key] = Math.min(ladder.length, (this.climbed[key] ?? 0) + 1);
    return this.shown(key, ladder);
  }

  /** The steps already shown. */
  shown(key: string, ladder: readonly HintStep[]): HintStep[] {
    return ladder.slice(0, this.climbed[key] ?? 0);
  }

  save(): HintSave {
    return { ...this.climbed };
  }

  load(data: HintSave): void {
    this.climbed = { ...data };
  }
}
