// The backlog: every line said in the case, in order, so a player can re-read what was
// said. Part of the session's save, so it survives a reload. Speaker ids, not names: the
// HTML layer names them the same way the dialogue box does.

import * as v from 'valibot';
import type { Saveable } from '../save/slice';

export const BacklogEntrySchema = v.object({
  /** Speaker id, or null for narration. */
  speaker: v.nullable(v.string()),
  text: v.string(),
  /** The note of a line the book does not record (# dramatized), shown with it. */
  dramatized: v.optional(v.string()),
});
export type BacklogEntry = v.InferOutput<typeof BacklogEntrySchema>;

/** Enough for a whole case several times over, small enough for localStorage. */
export const BACKLOG_MAX = 2000;

export class Backlog implements Saveable<BacklogEntry[]> {
  readonly key = 'backlog';
  readonly version = 1;
  readonly schema = v.array(BacklogEntrySchema);
  /** Saves made before the backlog existed have none. */
  readonly fresh = (): BacklogEntry[] => [];

  private entries: BacklogEntry[] = [];

  constructor(private readonly max = BACKLOG_MAX) {}

  push(entry: BacklogEntry): void {
    this.entries.push({ speaker: entry.speaker, text: entry.text, ...(entry.dramatized !== undefined ? { dramatized: entry.dramatized } : {}) });
    if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
  }

  all(): readonly BacklogEntry[] {
    return this.entries;
  }

  save(): BacklogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Tolerant: a save from before the backlog existed (undefined) or a damaged one gives what can be read. */
  load(data: unknown): void {
    this.entries = [];
    if (!Array.isArray(data)) return;
    for (const e of data) {
      if (!e || typeof e !== 'object') continue;
      const { speaker, text, dramatized } = e as Record<string, unknown>;
      if (typeof text !== 'string' || (speaker !== null && typeof speaker !== 'string')) continue;
      this.push({ speaker, text, ...(typeof dramatized === 'string' ? { dramatized } : {}) });
    }
  }
}
