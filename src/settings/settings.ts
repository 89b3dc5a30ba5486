// The player's settings: typed, validated field by field on load (a broken, old or
// hand-edited value falls back to its default, never a crash), persisted in the game's storage,
// and observable so the game applies a change the moment it is made.
// No DOM here: it runs in Node for the unit tests; src/settings/applySettings.ts applies it.
import type { Volumes } from '../audio/audioService';
import type { GameStorage } from '../save/storage';

export const TEXT_SPEEDS = ['instant', 'fast', 'normal', 'slow'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];
export const TEXT_SIZES = [100, 125, 150, 175] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** 'system' follows prefers-reduced-motion; 'reduce' and 'full' force it on or off. */
export const MOTION_PREFS = ['system', 'reduce', 'full'] as const;
export type MotionPref = (typeof MOTION_PREFS)[number];

export interface Settings {
  textSpeed: TextSpeed;
  textSize: TextSize;
  dyslexiaFont: boolean;
  highContrast: boolean;
  motion: MotionPref;
  volumes: Volumes;
  muted: boolean;
  captions: boolean;
  /** Single-key shortcuts (P, E, H, R, B, S, digits, arrows); off, only buttons, Tab, Enter, Space and Esc. */
  singleKeys: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSpeed: 'normal',
  textSize: 100,
  dyslexiaFont: false,
  highContrast: false,
  motion: 'system',
  volumes: Object.freeze({ master: 1, music: 0.6, effects: 0.8, voice: 0.6 }),
  muted: false,
  captions: false,
  singleKeys: true,
}) as Settings;

/** Characters revealed per second by the typewriter; Infinity = the whole line at once. */
export const REVEAL_CPS: Record<TextSpeed, number> = { instant: Infinity, fast: 90, normal: 45, slow: 22 };

/** Key in the game's storage (under its prefix). */
export const SETTINGS_KEY = 'settings';
const SETTINGS_VERSION = 1;

function oneOf<T>(allowed: readonly T[], v: unknown, fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

function level(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;
}

/** Any value in, a complete and valid Settings out: each bad field takes its default. */
export function validateSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const v = r.volumes && typeof r.volumes === 'object' ? (r.volumes as Record<string, unknown>) : {};
  return {
    textSpeed: oneOf(TEXT_SPEEDS, r.textSpeed, d.textSpeed),
    textSize: oneOf(TEXT_SIZES, r.textSize, d.textSize),
    dyslexiaFont: bool(r.dyslexiaFont, d.dyslexiaFont),
    highContrast: bool(r.highContrast, d.highContrast),
    motion: oneOf(MOTION_PREFS, r.motion, d.motion),
    volumes: {
      master: level(v.master, d.volumes.master),
      music: level(v.music, d.volumes.music),
      effects: level(v.effects, d.volumes.effects),
      voice: level(v.voice, d.volumes.voice),
    },
    muted: bool(r.muted, d.muted),
    captions: bool(r.captions, d.captions),
    singleKeys: bool(r.singleKeys, d.singleKeys),
  };
}

/** Parses what is stored under SETTINGS_KEY; unreadable JSON gives the defaults. */
export function parseSettings(json: string | null): Settings {
  if (json === null) return validateSettings(null);
  try {
    const parsed = JSON.parse(json) as unknown;
    const body = parsed && typeof parsed === 'object' && 'settings' in parsed ? (parsed as { settings: unknown }).settings : parsed;
    return validateSettings(body);
  } catch {
    return validateSettings(null);
  }
}

export type SettingsPatch = Partial<Omit<Settings, 'volumes'>> & { volumes?: Partial<Volumes> };

/** A small observable store: get(), update(patch), subscribe(listener). */
export class SettingsStore {
  private value: Settings;
  private listeners = new Set<(s: Settings, previous: Settings) => void>();

  constructor(private readonly storage: GameStorage | null) {
    // A refusing storage reads as empty: play with the defaults.
    this.value = parseSettings(storage?.get(SETTINGS_KEY) ?? null);
  }

  get(): Settings {
    return this.value;
  }

  update(patch: SettingsPatch): void {
    const previous = this.value;
    this.value = validateSettings({ ...previous, ...patch, volumes: { ...previous.volumes, ...patch.volumes } });
    this.persist();
    for (const l of [...this.listeners]) l(this.value, previous);
  }

  reset(): void {
    this.update(structuredClone(DEFAULT_SETTINGS) as Settings);
  }

  /** Calls the listener now and after every change; returns unsubscribe. */
  subscribe(listener: (s: Settings, previous: Settings) => void): () => void {
    this.listeners.add(listener);
    listener(this.value, this.value);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private persist(): void {
    // A refusal (quota, private mode) is ignored: the settings still apply for this visit.
    this.storage?.set(SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, settings: this.value }));
  }
}
