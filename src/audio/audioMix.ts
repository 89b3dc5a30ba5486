// Pure audio logic, free of Howler and the DOM so it runs in unit tests:
// which blip a speaker gets, channel volume math, caption lookup, blip throttling.
import { CAPTIONS, type CaptionKey, type Volumes } from './audioService';

/** Text-blip sounds in the effects sprite (assets/audio/sfx.json). */
export const BLIPS = ['blip-low', 'blip-mid', 'blip-high', 'blip-soft'] as const;
export type BlipId = (typeof BLIPS)[number];

/**
 * The main speakers get a fixed voice. The Drammen scenes (judge, advokat-w, trotsky, swen)
 * and the Coyoacán hearings (dewey, goldman, trotsky, swen) each use four different blips.
 */
export const SPEAKER_BLIPS: Readonly<Record<string, BlipId>> = {
  trotsky: 'blip-mid',
  swen: 'blip-high',
  judge: 'blip-low',
  'advokat-w': 'blip-soft',
  dewey: 'blip-soft',
  goldman: 'blip-low',
};

/** 32-bit FNV-1a over UTF-16 code units: stable across runs, browsers and Node. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The blip voice for a speaker: the explicit map first, else a stable hash of the id. */
export function blipFor(speakerId: string): BlipId {
  const id = speakerId.trim().toLowerCase();
  const mapped = Object.prototype.hasOwnProperty.call(SPEAKER_BLIPS, id) ? SPEAKER_BLIPS[id] : undefined;
  return mapped ?? BLIPS[hashString(id) % BLIPS.length]!;
}

/** Clamp to 0..1; anything not a finite number counts as 0. */
export function clamp01(x: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) return 0;
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export type Channel = 'music' | 'effects' | 'voice';

/** The gain a channel plays at: clamp(channel) x clamp(master). */
export function channelGain(v: Volumes, channel: Channel): number {
  return clamp01(clamp01(v[channel]) * clamp01(v.master));
}

/** A copy with every field clamped to 0..1. */
export function normaliseVolumes(v: Volumes): Volumes {
  return { master: clamp01(v.master), music: clamp01(v.music), effects: clamp01(v.effects), voice: clamp01(v.voice) };
}

export const DEFAULT_VOLUMES: Readonly<Volumes> = { master: 1, music: 0.6, effects: 0.8, voice: 0.6 };

export function captionFor(key: CaptionKey): string {
  return CAPTIONS[key];
}

/** Minimum time between two text blips. */
export const BLIP_MIN_GAP_MS = 60;

/** Lets a blip through at most once per `gapMs` (times from any monotonic clock, in ms). */
export class Throttle {
  private last = Number.NEGATIVE_INFINITY;
  private readonly gapMs: number;

  constructor(gapMs: number = BLIP_MIN_GAP_MS) {
    this.gapMs = gapMs;
  }

  /** True (and remembers `now`) if enough time has passed since the last pass. */
  tryPass(now: number): boolean {
    if (now - this.last < this.gapMs) return false;
    this.last = now;
    return true;
  }
}
