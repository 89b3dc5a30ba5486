// AudioService on Howler 2.2 (Web Audio). Files come from assets/audio/ (Vite's publicDir),
// made by tools/make-sounds.sh:
//   audio/sfx.{ogg,mp3} + audio/sfx.json   one sprite: effects and text blips
//   audio/music-<id>.{ogg,mp3}             one Howl per cue, created on first use
//   audio/room-<id>.{ogg,mp3}              one Howl per room tone, created on first use
// Channels: music -> music, room tone and effects -> effects, text blips -> voice; each x master.
//
// Robustness rules: nothing here throws. Any exception from Howler switches this instance to
// silence (captions keep coming) and logs one console.warn. Load errors only silence that file.
//
// Autoplay: Howler.autoUnlock resumes the AudioContext on the first click/touch/key. Until a
// gesture has happened (or the context already runs), effects and blips are skipped rather than
// queued, and music/room tone are remembered and started on the gesture. A play error
// (HTML5 fallback) is retried once on Howler's 'unlock' event.
import { inlinedAsset } from '../assets/assetUrl';
import { Howl, Howler, type SoundSpriteDefinitions } from 'howler';
import {
  CaptionEmitter,
  type AudioService,
  type MusicId,
  type RoomId,
  type SoundId,
  type Volumes,
} from './audioService';
import { BLIPS, DEFAULT_VOLUMES, Throttle, blipFor, channelGain, normaliseVolumes, type Channel } from './audioMix';

/** Cross-fade between music cues and between room tones. */
export const FADE_MS = 600;

export interface HowlerAudioOptions {
  /** Where the audio/ folder is served, ending in '/'. Default: import.meta.env.BASE_URL ('./'). */
  baseUrl?: string;
  /** The sprite map; default: fetched from audio/sfx.json. */
  sprite?: Record<string, [number, number]>;
  /** Wait for wake() (or the first gesture) before touching Web Audio: see wake(). */
  deferred?: boolean;
  volumes?: Volumes;
  muted?: boolean;
}

interface Playing<T extends string> {
  id: T;
  howl: Howl;
  sound: number;
}

const LOOPING_MUSIC: Record<MusicId, boolean> = { calm: true, tense: true, breakthrough: false, pressing: true };
const GESTURES = ['pointerdown', 'touchend', 'click', 'keydown'] as const;

export class HowlerAudio implements AudioService {
  private readonly captions = new CaptionEmitter();
  private readonly base: string;
  private readonly blipThrottle = new Throttle();
  private volumes: Volumes;
  private muted: boolean;
  private hidden = false;
  private failed = false;
  private warned = false;
  private gestureSeen = false;

  private sfx: Howl | null = null;
  private spriteNames = new Set<string>();
  private readonly musicHowls = new Map<MusicId, Howl>();
  private readonly roomHowls = new Map<RoomId, Howl>();
  private wantedMusic: MusicId | null = null;
  private wantedRoom: RoomId | null = null;
  private music: Playing<MusicId> | null = null;
  private room: Playing<RoomId> | null = null;

  private readonly onVisibility = (): void => {
    this.hidden = typeof document !== 'undefined' && document.hidden;
    this.safe(() => this.applyMute());
  };

  private readonly onGesture = (): void => {
    if (this.gestureSeen) return;
    this.gestureSeen = true;
    this.removeGestureListeners();
    this.wake();
    this.safe(() => {
      this.syncMusic();
      this.syncRoom();
    });
  };

  /** Web Audio has been set up and the effects sprite asked for (see wake()). */
  private awake = false;
  private readonly spriteMap: Record<string, [number, number]> | undefined;

  constructor(options: HowlerAudioOptions = {}) {
    const base = options.baseUrl ?? import.meta.env?.BASE_URL ?? './';
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.volumes = normaliseVolumes(options.volumes ?? DEFAULT_VOLUMES);
    this.muted = options.muted ?? false;
    this.spriteMap = options.sprite;
    this.awake = !options.deferred;
    this.safe(() => {
      Howler.autoUnlock = true;
      this.applyMute();
      if (typeof document !== 'undefined') {
        this.hidden = document.hidden;
        this.applyMute();
        document.addEventListener('visibilitychange', this.onVisibility);
        for (const type of GESTURES) document.addEventListener(type, this.onGesture, true);
      }
    });
    if (this.awake) this.loadEffects();
  }

  /**
   * Sets Web Audio up and loads the effects sprite, once. With `deferred`, the game calls it at
   * the player's first sign of being there (a pointer, a key): creating the AudioContext and
   * decoding the sprite took the main thread for a long task at boot (about 150 ms unthrottled
   * in the test browser), for sound that cannot play before a gesture anyway.
   */
  wake(): void {
    if (this.awake) return;
    this.awake = true;
    this.safe(() => this.applyMute());
    this.loadEffects();
  }

  private loadEffects(): void {
    if (this.spriteMap) this.safe(() => this.createSfx(this.spriteMap!));
    else void this.loadSprite();
  }

  // ---------------------------------------------------------------- AudioService

  playSound(id: SoundId): void {
    this.captions.emit(id);
    this.whenIdle(() => this.playSprite(id, 'effects'));
  }

  playMusic(id: MusicId | null): void {
    if (id === this.wantedMusic) return;
    this.wantedMusic = id;
    if (id) this.captions.emit(`music:${id}`);
    this.whenIdle(() => this.safe(() => this.syncMusic()));
  }

  playRoom(id: RoomId | null): void {
    if (id === this.wantedRoom) return;
    this.wantedRoom = id;
    if (id) this.captions.emit(`room:${id}`);
    this.whenIdle(() => this.safe(() => this.syncRoom()));
  }

  blip(speakerId: string): void {
    if (!this.blipThrottle.tryPass(now())) return;
    this.whenIdle(() => this.playSprite(blipFor(speakerId), 'voice'));
  }

  /**
   * Howler's work for a line (a sound started: a buffer source, its gain, a timer; a cue or room
   * tone begun: a new Howl, a cross-fade) waits for the first idle moment after the frame
   * showing the line, at most 60 ms, in order, all in one task: done in the key's handler it
   * held the line back 2-10 ms at 4x CPU throttle, and as a task queued right after the frame
   * it still held back whatever came next (a key pressed meanwhile). The sound starts a frame
   * or two later (within the ear's tolerance for a sound matching a picture, about 100 ms),
   * and its caption goes at once with the line.
   */
  private pending: Array<() => void> = [];

  private whenIdle(fn: () => void): void {
    this.pending.push(fn);
    if (this.pending.length > 1) return;
    const flush = () => {
      for (const f of this.pending.splice(0)) f();
    };
    // (No frames, as in a hidden tab or outside a browser: at once.)
    if (typeof requestAnimationFrame !== 'function' || (typeof document !== 'undefined' && document.hidden)) return flush();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: 60 });
    else requestAnimationFrame(() => setTimeout(flush, 0));
  }

  setVolumes(v: Volumes): void {
    this.volumes = normaliseVolumes(v);
    this.safe(() => {
      if (this.music) this.music.howl.volume(channelGain(this.volumes, 'music'), this.music.sound);
      if (this.room) this.room.howl.volume(channelGain(this.volumes, 'effects'), this.room.sound);
    });
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.safe(() => this.applyMute());
  }

  onCaption(listener: (text: string) => void): () => void {
    return this.captions.on(listener);
  }

  /** Stops everything, unloads the files and removes the document listeners. */
  dispose(): void {
    this.wantedMusic = null;
    this.wantedRoom = null;
    this.music = null;
    this.room = null;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    this.removeGestureListeners();
    this.safe(() => {
      this.sfx?.unload();
      for (const h of this.musicHowls.values()) h.unload();
      for (const h of this.roomHowls.values()) h.unload();
    });
    this.sfx = null;
    this.musicHowls.clear();
    this.roomHowls.clear();
  }

  // ---------------------------------------------------------------- internals

  private url(file: string): string {
    return inlinedAsset(`audio/${file}`) ?? `${this.base}audio/${file}`;
  }

  private sources(name: string): string[] {
    // The one-file build carries the MP3 only, as a data: URL.
    const inlined = inlinedAsset(`audio/${name}.mp3`);
    return inlined ? [inlined] : [this.url(`${name}.ogg`), this.url(`${name}.mp3`)];
  }

  private async loadSprite(): Promise<void> {
    try {
      if (typeof fetch !== 'function') throw new Error('fetch is not available');
      const res = await fetch(this.url('sfx.json'));
      if (!res.ok) throw new Error(`audio/sfx.json: HTTP ${res.status}`);
      const map = (await res.json()) as unknown;
      this.safe(() => this.createSfx(checkSprite(map)));
    } catch (err) {
      this.warnOnce('audio: could not load the effects sprite; effects are silent', err);
    }
  }

  private createSfx(map: Record<string, [number, number]>): void {
    if (this.failed || this.sfx) return;
    this.spriteNames = new Set(Object.keys(map));
    this.sfx = new Howl({
      src: this.sources('sfx'),
      sprite: map as SoundSpriteDefinitions,
      html5: false,
      preload: true,
      onloaderror: (_id, err) => this.warnOnce('audio: could not load audio/sfx', err),
      // a short effect is not worth replaying late; music and rooms retry (see makeLoop)
      onplayerror: () => undefined,
    });
  }

  /** Effects and blips: only after audio may start (else they would all burst out on unlock). */
  private playSprite(name: string, channel: Channel): void {
    if (this.failed || !this.sfx || this.muted || this.hidden) return;
    if (!this.spriteNames.has(name) || !this.mayStart()) return;
    this.safe(() => {
      const sfx = this.sfx!;
      const sound = sfx.play(name);
      sfx.volume(channelGain(this.volumes, channel), sound);
    });
  }

  private mayStart(): boolean {
    if (this.gestureSeen) return true;
    const ctx = Howler.ctx as AudioContext | undefined;
    return ctx?.state === 'running';
  }

  private makeLoop(file: string, loop: boolean, stillWanted: (sound: number) => boolean): Howl {
    const retried = new Set<number>();
    const howl: Howl = new Howl({
      src: this.sources(file),
      loop,
      html5: false,
      preload: true,
      onloaderror: (_id, err) => this.warnOnce(`audio: could not load audio/${file}`, err),
      onplayerror: (id) => {
        if (retried.has(id)) return;
        retried.add(id);
        howl.once('unlock', () => {
          this.safe(() => {
            if (stillWanted(id)) howl.play(id);
          });
        });
      },
    });
    return howl;
  }

  private musicHowl(id: MusicId): Howl {
    let howl = this.musicHowls.get(id);
    if (!howl) {
      howl = this.makeLoop(`music-${id}`, LOOPING_MUSIC[id], (sound) => this.music?.sound === sound);
      this.musicHowls.set(id, howl);
    }
    return howl;
  }

  private roomHowl(id: RoomId): Howl {
    let howl = this.roomHowls.get(id);
    if (!howl) {
      howl = this.makeLoop(`room-${id}`, true, (sound) => this.room?.sound === sound);
      this.roomHowls.set(id, howl);
    }
    return howl;
  }

  private syncMusic(): void {
    if (this.failed) return;
    const want = this.wantedMusic;
    if (this.music?.id === want) return;
    if (this.music) fadeOutAndStop(this.music, FADE_MS);
    this.music = null;
    if (!want || !this.mayStart()) return; // started by the first gesture
    const howl = this.musicHowl(want);
    const sound = fadeIn(howl, channelGain(this.volumes, 'music'), FADE_MS);
    const playing = { id: want, howl, sound };
    this.music = playing;
    if (!LOOPING_MUSIC[want]) {
      howl.once(
        'end',
        () => {
          if (this.music !== playing) return;
          this.music = null;
          this.wantedMusic = null; // so the same cue may be played again later
        },
        sound,
      );
    }
  }

  private syncRoom(): void {
    if (this.failed) return;
    const want = this.wantedRoom;
    if (this.room?.id === want) return;
    if (this.room) fadeOutAndStop(this.room, FADE_MS);
    this.room = null;
    if (!want || !this.mayStart()) return;
    const howl = this.roomHowl(want);
    this.room = { id: want, howl, sound: fadeIn(howl, channelGain(this.volumes, 'effects'), FADE_MS) };
  }

  private applyMute(): void {
    // Asleep, unmuted is Howler's own default: nothing to set (Howler.mute creates the AudioContext).
    if (!this.awake && !(this.muted || this.hidden)) return;
    Howler.mute(this.muted || this.hidden);
  }

  private removeGestureListeners(): void {
    if (typeof document === 'undefined') return;
    for (const type of GESTURES) document.removeEventListener(type, this.onGesture, true);
  }

  /** Runs fn; an exception turns this instance silent for good (captions continue). */
  private safe(fn: () => void): void {
    if (this.failed) return;
    try {
      fn();
    } catch (err) {
      this.failed = true;
      this.warnOnce('audio: Howler failed; continuing without sound', err);
      try {
        Howler.stop();
      } catch {
        // already failing; stay silent
      }
    }
  }

  private warnOnce(message: string, err?: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(message, err);
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function fadeIn(howl: Howl, to: number, ms: number): number {
  const sound = howl.play();
  howl.volume(0, sound);
  howl.fade(0, to, ms, sound);
  return sound;
}

function fadeOutAndStop(p: Playing<string>, ms: number): void {
  const { howl, sound } = p;
  try {
    const from = howl.volume(sound);
    howl.fade(typeof from === 'number' ? from : 0, 0, ms, sound);
  } catch {
    // fall through to the stop
  }
  setTimeout(() => {
    try {
      howl.stop(sound);
    } catch {
      // the sound or the Howl is gone already
    }
  }, ms + 50);
}

/** Accepts {"name": [offsetMs, durationMs], ...} and nothing else. */
function checkSprite(map: unknown): Record<string, [number, number]> {
  if (!map || typeof map !== 'object') throw new Error('audio/sfx.json is not an object');
  const out: Record<string, [number, number]> = {};
  for (const [name, v] of Object.entries(map as Record<string, unknown>)) {
    if (!Array.isArray(v) || v.length < 2 || !v.slice(0, 2).every((n) => typeof n === 'number' && n >= 0)) {
      throw new Error(`audio/sfx.json: bad entry "${name}"`);
    }
    out[name] = [v[0] as number, v[1] as number];
  }
  for (const blip of BLIPS) if (!(blip in out)) throw new Error(`audio/sfx.json: missing "${blip}"`);
  return out;
}
