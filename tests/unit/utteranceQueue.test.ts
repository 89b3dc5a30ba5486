import { describe, expect, it, vi } from 'vitest';
import { UtteranceQueue } from '../../src/ui/utteranceQueue';

function setup(gap = 150) {
  vi.useFakeTimers();
  const written: Array<{ text: string; at: number }> = [];
  const busy: boolean[] = [];
  const q = new UtteranceQueue({ write: (text) => written.push({ text, at: Date.now() }), onBusy: (b) => busy.push(b), gap });
  return { q, written, busy };
}

describe('utterance queue', () => {
  it('writes every message in order, each in its own task, spaced by the gap', () => {
    const { q, written, busy } = setup();
    const t0 = Date.now();
    q.say('Wrong evidence. One credibility mark lost; 4 left.');
    q.say('Added to the court record: Police badge.');
    q.say('Swen: We are here on official business.');
    expect(written).toEqual([]); // never in the task that said it
    vi.runAllTimers();
    expect(written.map((w) => w.text)).toEqual([
      'Wrong evidence. One credibility mark lost; 4 left.',
      'Added to the court record: Police badge.',
      'Swen: We are here on official business.',
    ]);
    expect(written[1].at - written[0].at).toBeGreaterThanOrEqual(150);
    expect(written[2].at - written[1].at).toBeGreaterThanOrEqual(150);
    expect(written[0].at - t0).toBe(0);
    expect(busy).toEqual([true, false]);
    vi.useRealTimers();
  });

  it('says a repeated message once, but the same words again after another message', () => {
    const { q, written } = setup();
    q.say('Statement 1 of 4. Swen: …');
    q.say('Statement 1 of 4. Swen: …');
    q.say('Hint 1 of 3: read it again.');
    q.say('Statement 1 of 4. Swen: …');
    vi.runAllTimers();
    expect(written.map((w) => w.text)).toEqual(['Statement 1 of 4. Swen: …', 'Hint 1 of 3: read it again.', 'Statement 1 of 4. Swen: …']);
    vi.useRealTimers();
  });

  it('a message after a quiet spell goes out at once; clear() drops what waits', () => {
    const { q, written, busy } = setup();
    q.say('one');
    vi.advanceTimersByTime(1000);
    q.say('two');
    vi.advanceTimersByTime(0);
    expect(written.map((w) => w.text)).toEqual(['one', 'two']);
    q.say('three');
    q.clear();
    vi.runAllTimers();
    expect(written.map((w) => w.text)).toEqual(['one', 'two']);
    expect(busy.at(-1)).toBe(false);
    vi.useRealTimers();
  });
});
