// Ink tags are the story's stage directions. They are parsed here into typed commands so
// the stage, the sound and the court record never read raw strings. An unknown or
// malformed tag is an error: a typo in a tag would otherwise silently drop a scene cue.

import * as v from 'valibot';

export type ObjectionKind = 'objection' | 'hold-it' | 'take-that';

export type Command =
  | { type: 'speaker'; id: string }
  | { type: 'expression'; name: string }
  | { type: 'background'; id: string }
  | { type: 'sound'; id: SoundCue }
  | { type: 'music'; id: MusicCue }
  | { type: 'evidence-added'; id: string }
  | { type: 'evidence-updated'; id: string; version: string }
  | { type: 'objection'; kind: ObjectionKind }
  | { type: 'breakthrough' }
  | { type: 'credibility'; delta: number }
  | { type: 'scene'; title: string }
  | { type: 'caption'; text: string }
  | { type: 'cite'; cite: string }
  | { type: 'cross'; id: string }
  | { type: 'deduction'; id: string }
  | { type: 'board'; id: string }
  /** A source-check question: the choices that follow judge this item (logged as such). */
  | { type: 'source-check'; item: string; prompt: string }
  | { type: 'reveal'; statement: string }
  | { type: 'ending'; id: string }
  /** This line is not recorded by the book: the screen labels it "Dramatized", with the note. */
  | { type: 'dramatized'; note: string }
  // Authoring metadata read by the engine from knot and stitch headers (see WRITING.md);
  // at display time it does nothing.
  | { type: 'meta'; key: MetaKey; value: string };

export const META_KEYS = [
  'title', 'witness', 'after', 'statement', 'answer', 'wrong', 'hint', 'point', 'hidden', 'place', 'case', 'grace', 'chapter',
  // transcript testimony: the record item whose pages the statements are read from
  'transcript',
  // deduction
  'prompt', 'combine',
  // timeline board
  'cells', 'lanes', 'lane', 'who', 'where', 'day', 'certainty', 'fixed', 'until',
  // timeline board card: what to read to find its day (said when it is put on a wrong day)
  'read',
  // source check: on a choice, the answer a historian would give
  'best',
  // debrief: this narrator line is a discussion question (the ending screen asks for an answer)
  'question',
  // on a wrong-present stitch: the item is close to right (it carries a related fact), so no mark is lost
  'close',
] as const;
export type MetaKey = (typeof META_KEYS)[number];

export const EXPRESSIONS = ['neutral', 'pressed', 'angry', 'shaken', 'thinking', 'smug'] as const;
export const MUSIC = ['calm', 'tense', 'breakthrough', 'stop'] as const;
export const SOUNDS = ['gavel', 'paper', 'stamp', 'typewriter', 'objection', 'wrong', 'door', 'radio', 'engine'] as const;
export type MusicCue = (typeof MUSIC)[number];
export type SoundCue = (typeof SOUNDS)[number];

const str = v.string();
/** The shape of a parsed command, for checking the line kept in a save. */
export const CommandSchema: v.GenericSchema<unknown, Command> = v.variant('type', [
  v.object({ type: v.literal('speaker'), id: str }),
  v.object({ type: v.literal('expression'), name: str }),
  v.object({ type: v.literal('background'), id: str }),
  v.object({ type: v.literal('sound'), id: v.picklist(SOUNDS) }),
  v.object({ type: v.literal('music'), id: v.picklist(MUSIC) }),
  v.object({ type: v.literal('evidence-added'), id: str }),
  v.object({ type: v.literal('evidence-updated'), id: str, version: str }),
  v.object({ type: v.literal('objection'), kind: v.picklist(['objection', 'hold-it', 'take-that']) }),
  v.object({ type: v.literal('breakthrough') }),
  v.object({ type: v.literal('credibility'), delta: v.number() }),
  v.object({ type: v.literal('scene'), title: str }),
  v.object({ type: v.literal('caption'), text: str }),
  v.object({ type: v.literal('cite'), cite: str }),
  v.object({ type: v.picklist(['cross', 'deduction', 'board']), id: str }),
  v.object({ type: v.literal('source-check'), item: str, prompt: str }),
  v.object({ type: v.literal('reveal'), statement: str }),
  v.object({ type: v.literal('ending'), id: str }),
  v.object({ type: v.literal('dramatized'), note: str }),
  v.object({ type: v.literal('meta'), key: v.picklist(META_KEYS), value: str }),
]);

export class TagError extends Error {
  name = 'TagError';
}

const OBJECTIONS: ObjectionKind[] = ['objection', 'hold-it', 'take-that'];
const ID = /^[a-z0-9][a-z0-9_.-]*$/;

function need(key: string, value: string | null, raw: string): string {
  if (value === null || value === '') throw new TagError(`tag "#${raw}" needs a value: #${key}: …`);
  return value;
}

function id(key: string, value: string | null, raw: string): string {
  const v = need(key, value, raw);
  if (!ID.test(v)) throw new TagError(`tag "#${raw}": "${v}" is not an id (lower case, digits, - _ .)`);
  return v;
}

function oneOf<T extends string>(key: string, value: string | null, raw: string, allowed: readonly T[]): T {
  const v = need(key, value, raw) as T;
  if (!allowed.includes(v)) throw new TagError(`tag "#${raw}": "${v}" is not one of ${allowed.join(', ')}`);
  return v;
}

export function parseTag(raw: string): Command {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const key = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon < 0 ? null : text.slice(colon + 1).trim();
  switch (key) {
    case 'speaker':
      return { type: 'speaker', id: id(key, value, raw) };
    case 'expression':
      return { type: 'expression', name: oneOf(key, value, raw, EXPRESSIONS) };
    case 'bg':
    case 'background':
      return { type: 'background', id: id(key, value, raw) };
    case 'sfx':
    case 'sound':
      return { type: 'sound', id: oneOf(key, value, raw, SOUNDS) };
    case 'music':
      return { type: 'music', id: oneOf(key, value, raw, MUSIC) };
    case 'add':
      return { type: 'evidence-added', id: id(key, value, raw) };
    case 'update': {
      const [item, version, ...rest] = need(key, value, raw).split(/\s+/);
      if (!item || !version || rest.length) throw new TagError(`tag "#${raw}" must be "#update: item-id version"`);
      return { type: 'evidence-updated', id: id(key, item, raw), version: id(key, version, raw) };
    }
    case 'objection':
      return { type: 'objection', kind: value ? oneOf(key, value, raw, OBJECTIONS) : 'objection' };
    case 'breakthrough':
    case 'flash':
      return { type: 'breakthrough' };
    case 'credibility': {
      const v = need(key, value, raw);
      if (!/^[+-]\d+$/.test(v)) throw new TagError(`tag "#${raw}": credibility takes +N or -N`);
      return { type: 'credibility', delta: Number(v) };
    }
    case 'scene':
      return { type: 'scene', title: need(key, value, raw) };
    case 'caption':
      return { type: 'caption', text: need(key, value, raw) };
    case 'cite':
      return { type: 'cite', cite: need(key, value, raw) };
    case 'cross':
      return { type: 'cross', id: id(key, value, raw) };
    case 'deduction':
      return { type: 'deduction', id: id(key, value, raw) };
    case 'board':
      return { type: 'board', id: id(key, value, raw) };
    case 'check': {
      const [item, ...prompt] = need(key, value, raw).split(/\s+/);
      if (!prompt.length) throw new TagError(`tag "#${raw}" must be "#check: item-id prompt-key" (who, when, for-whom, why-wrong, …)`);
      return { type: 'source-check', item: id(key, item, raw), prompt: id(key, prompt.join('-'), raw) };
    }
    case 'reveal':
      return { type: 'reveal', statement: id(key, value, raw) };
    case 'dramatized':
      return { type: 'dramatized', note: value ?? '' };
    case 'end':
    case 'ending':
      return { type: 'ending', id: value ? id(key, value, raw) : 'end' };
    default:
      if ((META_KEYS as readonly string[]).includes(key)) return { type: 'meta', key: key as MetaKey, value: value ?? '' };
      throw new TagError(`unknown tag "#${raw}"`);
  }
}

/** Parses all tags; unknown tags go to `onError` (tests make that throw). */
export function parseTags(raw: readonly string[], onError: (e: TagError) => void = (e) => { throw e; }): Command[] {
  const out: Command[] = [];
  for (const t of raw) {
    try {
      out.push(parseTag(t));
    } catch (e) {
      if (e instanceof TagError) onError(e);
      else throw e;
    }
  }
  return out;
}

export function metaValue(cmds: readonly Command[], key: MetaKey): string | undefined {
  for (const c of cmds) if (c.type === 'meta' && c.key === key) return c.value;
  return undefined;
}

export function hasMeta(cmds: readonly Command[], key: MetaKey): boolean {
  return metaValue(cmds, key) !== undefined;
}

/** "a, b c" → ["a","b","c"]: item lists in tags may be separated by commas or spaces. */
export function idList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}
