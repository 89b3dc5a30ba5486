// The utterance queue (PhET's lesson): messages for screen readers wait their turn and are
// written one at a time, each in its own task and at least `gap` ms after the one before, so
// "Wrong evidence … 4 left" is never overwritten by the next line in the same tick. A screen
// reader only hears what the live region holds when it looks; two writes in one task are one
// message. No DOM here: the writer and the clock are injected (unit tests use fake timers).

export interface QueueClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface UtteranceQueueOptions {
  /** Writes one message where the screen reader will find it. */
  write: (text: string) => void;
  /** Called with true when messages start waiting, false when the last one is written. */
  onBusy?: (busy: boolean) => void;
  /** Minimum time between two writes. */
  gap?: number;
  clock?: QueueClock;
}

/** Time between two messages: long enough for the browser to pass each one to the screen reader. */
export const DEFAULT_GAP_MS = 150;

const systemClock: QueueClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class UtteranceQueue {
  private pending: string[] = [];
  private lastWrite = -Infinity;
  private lastSaid = '';
  private timer: unknown = null;
  private busy = false;
  gap: number;
  private readonly clock: QueueClock;

  constructor(private readonly options: UtteranceQueueOptions) {
    this.gap = options.gap ?? DEFAULT_GAP_MS;
    this.clock = options.clock ?? systemClock;
  }

  /** Messages not yet written. */
  get waiting(): readonly string[] {
    return this.pending;
  }

  /**
   * Queues a message. The same text twice in a row is said once (a screen re-drawn with the
   * same statement is not news). Nothing queued is ever dropped or replaced.
   */
  say(text: string): void {
    const t = text.trim();
    if (!t || t === this.lastSaid) return;
    this.lastSaid = t;
    this.pending.push(t);
    this.pump();
  }

  /** Drops everything not yet said (leaving a case). */
  clear(): void {
    this.pending = [];
    this.lastSaid = '';
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.setBusy(false);
  }

  private pump(): void {
    if (this.timer !== null || !this.pending.length) return;
    // Writing now is only safe if no other message was written in this task or the last `gap` ms.
    const wait = Math.max(0, this.lastWrite + this.gap - this.clock.now());
    this.setBusy(true);
    this.timer = this.clock.setTimeout(() => this.flushOne(), wait);
  }

  private flushOne(): void {
    this.timer = null;
    const next = this.pending.shift();
    if (next !== undefined) {
      this.lastWrite = this.clock.now();
      this.options.write(next);
    }
    if (this.pending.length) this.pump();
    else this.setBusy(false);
  }

  private setBusy(b: boolean): void {
    if (b === this.busy) return;
    this.busy = b;
    this.options.onBusy?.(b);
  }
}
