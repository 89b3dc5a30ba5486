import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutosaveSchedule, SAVE_AT_LEAST_MS, SAVE_QUIET_MS, type SaveClock } from '../../src/play/autosaveSchedule';

/** Fake timers; "idle" comes `idleAfter` ms after it is asked for. */
function setup(idleAfter = 0) {
  vi.useFakeTimers();
  const writes: number[] = [];
  const clock: SaveClock = {
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    whenIdle: (fn) => (idleAfter ? void setTimeout(fn, idleAfter) : fn()),
  };
  const start = Date.now();
  const s = new AutosaveSchedule(() => writes.push(Date.now() - start), clock);
  return { s, writes };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the autosave schedule', () => {
  it('saves once after a pause in play, not inside each step', () => {
    const { s, writes } = setup();
    s.schedule();
    vi.advanceTimersByTime(100);
    s.schedule(); // another line read quickly
    expect(s.pending).toBe(true);
    vi.advanceTimersByTime(SAVE_QUIET_MS - 1);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([100 + SAVE_QUIET_MS]);
    expect(s.pending).toBe(false);
  });

  it('waits for an idle moment after the pause', () => {
    const { s, writes } = setup(200);
    s.schedule();
    vi.advanceTimersByTime(SAVE_QUIET_MS + 199);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([SAVE_QUIET_MS + 200]);
  });

  it('during steady play (a step every 200 ms) still saves at least every few seconds', () => {
    const { s, writes } = setup();
    for (let t = 0; t < 10_000; t += 200) {
      s.schedule();
      vi.advanceTimersByTime(200);
    }
    expect(writes.length).toBeGreaterThanOrEqual(3);
    const gaps = writes.map((w, i) => w - (writes[i - 1] ?? 0));
    for (const g of gaps) expect(g).toBeLessThanOrEqual(SAVE_AT_LEAST_MS + 200);
  });

  it('flush writes a pending save at once (leaving the page), and only once', () => {
    const { s, writes } = setup();
    s.schedule();
    s.flush();
    expect(writes).toEqual([0]);
    vi.advanceTimersByTime(10_000);
    expect(writes).toEqual([0]); // the pause's timer was cancelled
    s.flush();
    expect(writes).toEqual([0]); // nothing pending, nothing written
  });
});
