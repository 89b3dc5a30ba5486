// When the autosave runs. It waits for a pause in play, then for an idle moment: serialising the
// story's state and writing it takes tens of milliseconds on a slow machine (over a hundred at
// 4x CPU throttle), and a student pressing Enter through lines would otherwise find each key
// waiting behind the previous line's save. During steady play a save is never put off more than
// SAVE_AT_LEAST_MS; leaving the case or the page writes a pending save at once (flush). No DOM
// here: the clock and the idle callback are injected (unit tests use fake timers).

/** A pause this long in play (ms) lets the autosave run. */
export const SAVE_QUIET_MS = 400;
/** During steady play, a save is written at least this often (ms). */
export const SAVE_AT_LEAST_MS = 3000;

export interface SaveClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `fn` once the page is idle (and soon regardless). */
  whenIdle(fn: () => void): void;
}

/** The browser's clock; where requestIdleCallback is missing (Safari), "idle" is at once. */
export const browserSaveClock: SaveClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  whenIdle: (fn) => (typeof requestIdleCallback === 'function' ? void requestIdleCallback(fn, { timeout: 500 }) : fn()),
};

export class AutosaveSchedule {
  private pendingSince: number | null = null;
  private quietTimer: unknown = null;

  constructor(
    private readonly write: () => void,
    private readonly clock: SaveClock = browserSaveClock,
  ) {}

  /** A step changed the game: a save is owed. */
  get pending(): boolean {
    return this.pendingSince !== null;
  }

  /** Something changed: save after the next pause (or at once if the save is overdue). */
  schedule(): void {
    const now = this.clock.now();
    this.pendingSince ??= now;
    if (this.quietTimer !== null) this.clock.clearTimeout(this.quietTimer);
    const overdue = now - this.pendingSince >= SAVE_AT_LEAST_MS;
    this.quietTimer = this.clock.setTimeout(() => {
      this.quietTimer = null;
      this.clock.whenIdle(() => this.flush());
    }, overdue ? 0 : SAVE_QUIET_MS);
  }

  /** Writes the pending save now (nothing if none is pending). */
  flush(): void {
    if (this.quietTimer !== null) this.clock.clearTimeout(this.quietTimer);
    this.quietTimer = null;
    if (this.pendingSince === null) return;
    this.pendingSince = null;
    this.write();
  }
}
