// The student's log: every press, present, hint and choice, with time, so the end-of-case
// report (and a teacher) can see how the student got there, not just that they did.

export type LogEntry =
  | { at: string; kind: 'press'; cross: string; statement: string }
  | { at: string; kind: 'present'; cross: string; statement: string; item: string; correct: boolean; marksLeft: number }
  | { at: string; kind: 'hint'; cross: string; statement: string; step: number }
  | { at: string; kind: 'choice'; text: string; knot: string }
  | { at: string; kind: 'cross-start' | 'cross-restart' | 'cross-solved'; cross: string }
  | { at: string; kind: 'source-check'; item: string; prompt: string; answer: string; best: boolean }
  | { at: string; kind: 'deduction'; deduction: string; items: [string, string]; correct: boolean }
  | { at: string; kind: 'deduction-start' | 'board-start'; id: string }
  | { at: string; kind: 'board-place'; board: string; card: string; cell: string; correct: boolean }
  | { at: string; kind: 'board-complete'; board: string; conflicts: number }
  | { at: string; kind: 'case-start' | 'case-end'; caseId: string };

type WithoutAt<T> = T extends unknown ? Omit<T, 'at'> : never;
export type NewLogEntry = WithoutAt<LogEntry>;

export class StudentLog {
  private entries: LogEntry[] = [];

  constructor(private readonly clock: () => Date = () => new Date()) {}

  record(entry: NewLogEntry): LogEntry {
    const full = { ...entry, at: this.clock().toISOString() } as LogEntry;
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
