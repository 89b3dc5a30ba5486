// The sound interface the game talks to. The Howler implementation lives in howlerAudio.ts;
// NullAudio (below) plays nothing but still emits captions, for tests and as the fallback
// when audio cannot start. Pure helpers (blip choice, volume math) are in audioMix.ts.
//
// Captions: every effect, music cue and room tone that starts emits one caption text
// (e.g. "[gavel bangs]") to the onCaption listeners, whether or not sound is muted.
// Text blips emit no caption (the text itself is on screen), and neither does stopping
// music or room tone.

/** Sound effects the story can ask for (`# sfx:` tags plus the UI's own sounds). */
export type SoundId =
  | 'gavel'
  | 'paper'
  | 'stamp'
  | 'typewriter'
  | 'objection'
  | 'wrong'
  | 'door'
  | 'radio'
  | 'engine'
  | 'select'
  | 'record'
  | 'flash'
  | 'hold-it'
  | 'crack';
export type MusicId = 'calm' | 'tense' | 'breakthrough' | 'pressing';
export type RoomId = 'veksal' | 'court' | 'bluehouse';
/** Each 0..1. The heard level of a channel is channel x master. */
export interface Volumes {
  master: number;
  music: number;
  effects: number;
  voice: number;
}

export interface AudioService {
  playSound(id: SoundId): void;
  /** null stops; cross-fades ~600 ms between cues; the cue already playing again = no-op. */
  playMusic(id: MusicId | null): void;
  /** Room tone loop (on the effects channel); null stops; same id again = no-op. */
  playRoom(id: RoomId | null): void;
  /** Text blip voice chosen per speaker (see blipFor in audioMix.ts); throttled. */
  blip(speakerId: string): void;
  /** Channel volume x master. */
  setVolumes(v: Volumes): void;
  setMuted(muted: boolean): void;
  /** Every sound played emits a caption text, e.g. "[gavel bangs]". Returns unsubscribe. */
  onCaption(listener: (text: string) => void): () => void;
}

export type CaptionKey = SoundId | `music:${MusicId}` | `room:${RoomId}`;

export const CAPTIONS: Record<CaptionKey, string> = {
  gavel: '[gavel bangs]',
  paper: '[paper rustles]',
  stamp: '[a rubber stamp thumps]',
  typewriter: '[typewriter clatters]',
  objection: '[brass sting]',
  wrong: '[dull thud]',
  door: '[a door closes]',
  radio: '[radio crackles]',
  engine: '[a motor rumbles]',
  select: '[click]',
  record: '[evidence slides into the record]',
  flash: '[a bright shimmer]',
  'hold-it': '[a short brass stab]',
  crack: '[a credibility mark cracks]',
  'music:calm': '[quiet, thoughtful music]',
  'music:tense': '[tense music]',
  'music:breakthrough': '[triumphant music]',
  'music:pressing': '[urgent, driving music]',
  'room:veksal': '[a clock ticks in a quiet house]',
  'room:court': '[the hush of a large courtroom]',
  'room:bluehouse': '[a warm room; birds outside]',
};

/** The set of caption listeners. Listener errors are swallowed: captions never break play. */
export class CaptionEmitter {
  private readonly listeners = new Set<(text: string) => void>();

  on(listener: (text: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(key: CaptionKey): void {
    const text = CAPTIONS[key];
    for (const listener of [...this.listeners]) {
      try {
        listener(text);
      } catch (err) {
        console.warn('audio: caption listener failed', err);
      }
    }
  }
}

/** Plays nothing; keeps the same music/room state rules and still emits captions. */
export class NullAudio implements AudioService {
  private readonly captions = new CaptionEmitter();
  private music: MusicId | null = null;
  private room: RoomId | null = null;

  playSound(id: SoundId): void {
    this.captions.emit(id);
  }

  playMusic(id: MusicId | null): void {
    if (id === this.music) return;
    this.music = id;
    if (id) this.captions.emit(`music:${id}`);
  }

  playRoom(id: RoomId | null): void {
    if (id === this.room) return;
    this.room = id;
    if (id) this.captions.emit(`room:${id}`);
  }

  blip(_speakerId: string): void {}

  setVolumes(_v: Volumes): void {}

  setMuted(_muted: boolean): void {}

  onCaption(listener: (text: string) => void): () => void {
    return this.captions.on(listener);
  }
}
