// The student's log: every press, present, hint and choice, with time, so the end-of-case
// report (and a teacher) can see how the student got there, not just that they did.
import * as v from 'valibot';
import type { Saveable } from '../save/slice';

const at = v.string();
const ok = v.boolean();
export const LogEntrySchema = v.variant('kind', [
  v.object({ at, kind: v.literal('press'), cross: v.string(), statement: v.string() }),
  // close: a wrong item whose feedback is tagged # close (it carries a related fact; no mark lost)
  v.object({ at, kind: v.literal('present'), cross: v.string(), statement: v.string(), item: v.string(), correct: ok, marksLeft: v.number(), close: v.optional(ok) }),
  // pointing at the line of the presented document; field null: skipped (Study)
  v.object({ at, kind: v.literal('point'), cross: v.string(), statement: v.string(), item: v.string(), field: v.nullable(v.string()), correct: ok, marksLeft: v.number() }),
  v.object({ at, kind: v.literal('hint'), cross: v.string(), statement: v.string(), step: v.number() }),
  v.object({ at, kind: v.literal('choice'), text: v.string(), knot: v.string() }),
  v.object({ at, kind: v.picklist(['cross-start', 'cross-restart', 'cross-solved']), cross: v.string() }),
  v.object({ at, kind: v.literal('source-check'), item: v.string(), prompt: v.string(), answer: v.string(), best: ok }),
  v.object({ at, kind: v.literal('deduction'), deduction: v.string(), items: v.tuple([v.string(), v.string()]), correct: ok }),
  v.object({ at, kind: v.picklist(['deduction-start', 'board-start', 'board-restart']), id: v.string() }),
  // correct: for the teacher; the player is told nothing until a check. lane: the row chosen
  v.object({ at, kind: v.literal('board-place'), board: v.string(), card: v.string(), cell: v.string(), correct: ok, lane: v.optional(v.string()) }),
  // "Check the board": unconfirmed placements checked, how many it confirmed (0: failed)
  v.object({ at, kind: v.literal('board-check'), board: v.string(), placed: v.number(), confirmed: v.number(), marksLeft: v.number() }),
  v.object({ at, kind: v.literal('board-complete'), board: v.string(), conflicts: v.number() }),
  v.object({ at, kind: v.picklist(['case-start', 'case-end']), caseId: v.string() }),
]);
export type LogEntry = v.InferOutput<typeof LogEntrySchema>;

type WithoutAt<T> = T extends unknown ? Omit<T, 'at'> : never;
export type NewLogEntry = WithoutAt<LogEntry>;

export class StudentLog implements Saveable<LogEntry[]> {
  readonly key = 'log';
  readonly version = 1;
  readonly schema = v.array(LogEntrySchema);
  private entries: LogEntry[] = [];

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** Adds an entry, stamped with the time. */
  append(entry: NewLogEntry): LogEntry {
    const full = { at: this.clock().toISOString(), ...entry } as LogEntry; // in the order of its schema, so a reload saves the same bytes
    this.entries.push(full);
    return full;
  }

  all(): readonly LogEntry[] {
    return this.entries;
  }

  save(): LogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  load(entries: LogEntry[]): void {
    this.entries = entries.map((e) => ({ ...e }));
  }
}
