// Howler's work for a line waits for the first idle moment after its frame (HowlerAudio.whenIdle):
// the captions go at once, the sounds a moment later, in the order asked, in one idle callback.
// Howler itself is replaced by a recorder: what is checked is when HowlerAudio calls it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];

vi.mock('howler', () => {
  class Howl {
    constructor(private readonly o: { src: string[] }) {}
    play(name?: string | number): number {
      calls.push(`play ${name ?? this.o.src[0].replace(/^.*\//, '')}`);
      return 1;
    }
    volume(): this {
      return this;
    }
    fade(): this {
      return this;
    }
    once(): this {
      return this;
    }
    stop(): this {
      return this;
    }
    unload(): void {}
  }
  return { Howl, Howler: { autoUnlock: false, ctx: { state: 'running' }, mute() {}, volume() {} } };
});

const { HowlerAudio } = await import('../../src/audio/howlerAudio');
const { CAPTIONS } = await import('../../src/audio/audioService');

describe('HowlerAudio, a line\'s sounds', () => {
  let idle: Array<{ fn: () => void; timeout?: number }>;
  beforeEach(() => {
    calls.length = 0;
    idle = [];
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => (fn(0), 1));
    vi.stubGlobal('requestIdleCallback', (fn: () => void, o?: { timeout?: number }) => (idle.push({ fn, timeout: o?.timeout }), idle.length));
  });
  afterEach(() => vi.unstubAllGlobals());

  const audio = () => new HowlerAudio({ baseUrl: '/', sprite: { gavel: [0, 100], paper: [100, 100] } });

  it('start at the first idle moment after the line, in order, in one callback; the captions come at once', () => {
    const a = audio();
    const captions: string[] = [];
    a.onCaption((t) => captions.push(t));
    a.playSound('gavel');
    a.playMusic('tense');
    a.playSound('paper');
    expect(captions, 'a caption for each, with the line').toHaveLength(3);
    expect([captions[0], captions[2]]).toEqual([CAPTIONS.gavel, CAPTIONS.paper]);
    expect(calls, 'nothing played inside the line\'s handler').toEqual([]);
    expect(idle).toHaveLength(1);
    expect(idle[0].timeout, 'at most this long after the frame').toBeLessThanOrEqual(100);
    idle[0].fn();
    expect(calls[0]).toBe('play gavel');
    expect(calls.at(-1)).toBe('play paper');
    expect(calls.some((c) => c.includes('music-tense'))).toBe(true);
  });

  it('a sound asked after the callback ran waits for the next idle moment', () => {
    const a = audio();
    a.playSound('gavel');
    idle[0].fn();
    a.playSound('paper');
    expect(calls).toEqual(['play gavel']);
    expect(idle).toHaveLength(2);
    idle[1].fn();
    expect(calls).toEqual(['play gavel', 'play paper']);
  });
});
