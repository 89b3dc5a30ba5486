import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CAPTIONS, NullAudio, type CaptionKey, type SoundId } from '../../src/audio/audioService';
import {
  BLIPS,
  SPEAKER_BLIPS,
  Throttle,
  blipFor,
  captionFor,
  channelGain,
  clamp01,
  hashString,
  normaliseVolumes,
} from '../../src/audio/audioMix';

const SOUND_IDS: SoundId[] = [
  'gavel', 'paper', 'stamp', 'typewriter', 'objection', 'wrong',
  'door', 'radio', 'engine', 'select', 'record', 'flash', 'hold-it', 'crack',
];

describe('NullAudio captions', () => {
  it('emits a caption for every sound', () => {
    const audio = new NullAudio();
    const seen: string[] = [];
    audio.onCaption((t) => seen.push(t));
    for (const id of SOUND_IDS) audio.playSound(id);
    expect(seen).toEqual(SOUND_IDS.map((id) => CAPTIONS[id]));
    expect(seen[0]).toBe('[gavel bangs]');
  });

  it('music and room captions only on change; null is silent', () => {
    const audio = new NullAudio();
    const seen: string[] = [];
    audio.onCaption((t) => seen.push(t));
    audio.playMusic('calm');
    audio.playMusic('calm');
    audio.playMusic('tense');
    audio.playMusic(null);
    audio.playMusic('tense');
    audio.playRoom('court');
    audio.playRoom('court');
    audio.playRoom(null);
    expect(seen).toEqual([
      CAPTIONS['music:calm'],
      CAPTIONS['music:tense'],
      CAPTIONS['music:tense'],
      CAPTIONS['room:court'],
    ]);
  });

  it('captions keep coming when muted; blips, volumes and mute are silent no-ops', () => {
    const audio = new NullAudio();
    const listener = vi.fn();
    audio.onCaption(listener);
    audio.setMuted(true);
    audio.setVolumes({ master: 0, music: 0, effects: 0, voice: 0 });
    audio.blip('trotsky');
    expect(listener).not.toHaveBeenCalled();
    audio.playSound('stamp');
    expect(listener).toHaveBeenCalledWith('[a rubber stamp thumps]');
  });

  it('unsubscribe stops a listener; a throwing listener does not break the others', () => {
    const audio = new NullAudio();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = vi.fn();
    const b = vi.fn();
    const off = audio.onCaption(a);
    audio.onCaption(() => {
      throw new Error('boom');
    });
    audio.onCaption(b);
    audio.playSound('door');
    off();
    audio.playSound('door');
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('has a caption for every sound, cue and room', () => {
    const keys: CaptionKey[] = [
      ...SOUND_IDS,
      'music:calm', 'music:tense', 'music:breakthrough', 'music:pressing',
      'room:veksal', 'room:court', 'room:bluehouse',
    ];
    for (const k of keys) expect(captionFor(k)).toMatch(/^\[.+\]$/);
    expect(Object.keys(CAPTIONS).sort()).toEqual([...keys].sort());
  });
});

describe('speaker blips', () => {
  it('maps the main speakers explicitly', () => {
    expect(blipFor('trotsky')).toBe('blip-mid');
    expect(blipFor('swen')).toBe('blip-high');
    expect(blipFor('judge')).toBe('blip-low');
    expect(blipFor('advokat-w')).toBe('blip-soft');
    expect(blipFor('dewey')).toBe('blip-soft');
    expect(blipFor('goldman')).toBe('blip-low');
    expect(Object.keys(SPEAKER_BLIPS).sort()).toEqual(['advokat-w', 'dewey', 'goldman', 'judge', 'swen', 'trotsky']);
  });

  it('speakers in the same scene get different voices', () => {
    const drammen = ['judge', 'advokat-w', 'trotsky', 'swen'].map(blipFor);
    const coyoacan = ['dewey', 'goldman', 'trotsky', 'swen'].map(blipFor);
    expect(new Set(drammen).size).toBe(4);
    expect(new Set(coyoacan).size).toBe(4);
  });

  it('is stable for unknown speakers, and ignores case and spaces', () => {
    const ids = ['konstad', 'beals', 'la-follette', 'narrator', 'police-1', 'x', ''];
    const first = ids.map(blipFor);
    expect(ids.map(blipFor)).toEqual(first);
    for (const b of first) expect(BLIPS).toContain(b);
    expect(blipFor(' Trotsky ')).toBe(blipFor('trotsky'));
    expect(blipFor('KONSTAD')).toBe(blipFor('konstad'));
    // FNV-1a reference values: the hash must not change between releases
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(blipFor('konstad')).toBe(BLIPS[hashString('konstad') % 4]);
  });

  it('does not take inherited object keys as speakers', () => {
    expect(BLIPS).toContain(blipFor('constructor'));
    expect(BLIPS).toContain(blipFor('__proto__'));
  });

  it('throttles blips to one per 60 ms', () => {
    const t = new Throttle();
    expect(t.tryPass(1000)).toBe(true);
    expect(t.tryPass(1030)).toBe(false);
    expect(t.tryPass(1059)).toBe(false);
    expect(t.tryPass(1060)).toBe(true);
    expect(t.tryPass(1200)).toBe(true);
  });
});

describe('volume math', () => {
  const v = { master: 0.5, music: 0.8, effects: 1, voice: 0.25 };

  it('channel x master', () => {
    expect(channelGain(v, 'music')).toBeCloseTo(0.4);
    expect(channelGain(v, 'effects')).toBeCloseTo(0.5);
    expect(channelGain(v, 'voice')).toBeCloseTo(0.125);
    expect(channelGain({ ...v, master: 0 }, 'effects')).toBe(0);
    expect(channelGain({ ...v, master: 1 }, 'music')).toBeCloseTo(0.8);
  });

  it('clamps to 0..1 and treats junk as 0', () => {
    expect(clamp01(-0.2)).toBe(0);
    expect(clamp01(1.7)).toBe(1);
    expect(clamp01(Number.NaN)).toBe(0);
    expect(clamp01(Number.POSITIVE_INFINITY)).toBe(0);
    expect(channelGain({ master: 2, music: 3, effects: -1, voice: 0.5 }, 'music')).toBe(1);
    expect(channelGain({ master: 2, music: 3, effects: -1, voice: 0.5 }, 'effects')).toBe(0);
    expect(channelGain({ master: 2, music: 3, effects: -1, voice: 0.5 }, 'voice')).toBe(0.5);
    expect(normaliseVolumes({ master: 1.5, music: -1, effects: 0.3, voice: Number.NaN })).toEqual({
      master: 1,
      music: 0,
      effects: 0.3,
      voice: 0,
    });
  });
});

describe('generated assets', () => {
  it('sfx.json has every effect and blip as [offsetMs, durationMs], in order, without overlap', () => {
    const url = new URL('../../assets/audio/sfx.json', import.meta.url);
    const map = JSON.parse(readFileSync(url, 'utf8')) as Record<string, [number, number]>;
    for (const id of [...SOUND_IDS, ...BLIPS]) expect(map[id], id).toBeDefined();
    const entries = Object.values(map).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < entries.length; i++) {
      const [prevStart, prevLen] = entries[i - 1]!;
      expect(entries[i]![0]).toBeGreaterThanOrEqual(prevStart + prevLen);
    }
    for (const b of BLIPS) expect(map[b]![1]).toBeLessThanOrEqual(100);
  });
});
