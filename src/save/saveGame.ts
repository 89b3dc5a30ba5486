// Saves: one envelope per case holding the content version and the session's slices (each
// part's own versioned data, see slice.ts). Autosaved after every step; "Continue" restores
// exactly that. A damaged, foreign or older save is reported in words, never a crash: the
// envelope and every slice are checked with a schema before anything is loaded.
import * as v from 'valibot';
import { CaseSession, type CaseContent, type SessionOptions, type SessionSave } from '../story/caseSession';
import { SaveDataError, SavedSlicesSchema } from './slice';
import type { GameStorage } from './storage';

export { MemoryStorage, GameStorage, type KeyValueStorage } from './storage';

export const SAVE_FORMAT = 'exhibit-1937-save';
/** The envelope's version. 1: one `session` object; 2: versioned slices. */
export const SAVE_SCHEMA = 2;

const EnvelopeSchema = v.object({
  format: v.literal(SAVE_FORMAT),
  schema: v.literal(SAVE_SCHEMA),
  caseId: v.string(),
  caseTitle: v.string(),
  contentVersion: v.string(),
  savedAt: v.string(),
  slices: SavedSlicesSchema,
});
export type SaveEnvelope = v.InferOutput<typeof EnvelopeSchema>;

/** Envelope 1 kept the whole session in one object: each field becomes its slice, at version 1. */
function fromSchema1(old: Record<string, unknown>): Record<string, unknown> {
  const s = (old.session && typeof old.session === 'object' ? old.session : {}) as Record<string, unknown>;
  const slice = (data: unknown) => ({ v: 1, data });
  const { ink, hints, cross, deduction, board, record, log, backlog, ...place } = s;
  const { mode, phase, line, notice, returnTo, pending, ending, graceLeft, scene, questions } = place;
  const { session: _, ...rest } = old;
  return {
    ...rest,
    schema: 2,
    slices: {
      session: slice({ mode, phase, line, notice, returnTo, pending, ending, graceLeft, scene, questions: questions ?? [] }),
      ink: slice(ink), hints: slice(hints), cross: slice(cross), deduction: slice(deduction), board: slice(board),
      record: slice(record), log: slice(log),
      ...(backlog === undefined ? {} : { backlog: slice(backlog) }),
    },
  };
}

/** Brings an envelope of any earlier schema up to the current one. */
export function migrateEnvelope(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const env = raw as Record<string, unknown>;
  if (env.format === SAVE_FORMAT && env.schema === 1) return fromSchema1(env);
  return env;
}

/** The content version of a save that an LMS could keep only in part (src/lms/resumeState.ts):
 *  its story position was dropped, so it continues at the start of its activity, as an older save does. */
export const TRIMMED_VERSION = 'lms-trimmed';

const versions = new WeakMap<CaseContent, string>();

/** FNV-1a over the compiled story and the record: any content edit changes the version.
 *  Cached per case: the game autosaves after every step. */
export function contentVersion(content: CaseContent): string {
  const known = versions.get(content);
  if (known) return known;
  const text = content.storyJson + JSON.stringify(content.record);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const version = (h >>> 0).toString(16).padStart(8, '0');
  versions.set(content, version);
  return version;
}

export type SaveProblem = {
  ok: false;
  reason: 'missing' | 'damaged' | 'other-version';
  message: string;
  /** The stored text, so the player can download a damaged save (null when there is none). */
  raw: string | null;
};
export type LoadResult = { ok: true; envelope: SaveEnvelope } | SaveProblem;
export type RestoreResult = { ok: true; session: CaseSession; envelope: SaveEnvelope } | SaveProblem;

/** What the title screen shows for a case's save. */
export type SaveStatus =
  | { state: 'readable'; caseTitle: string; savedAt: string }
  | { state: 'damaged'; raw: string };

export function damagedMessage(title: string, detail?: string): string {
  return `The saved game for "${title}" could not be read${detail ? ` (${detail})` : ''}. You can start the case again, or download the damaged save to keep it.`;
}

export class SaveStore {
  constructor(private readonly storage: GameStorage) {}

  private key(caseId: string): string {
    return `save/${caseId}`;
  }

  /** Returns an error message when the device refused the save (quota, private mode). */
  write(content: CaseContent, session: SessionSave, now = new Date()): string | null {
    const envelope: SaveEnvelope = {
      format: SAVE_FORMAT,
      schema: SAVE_SCHEMA,
      caseId: content.id,
      caseTitle: content.title,
      contentVersion: contentVersion(content),
      savedAt: now.toISOString(),
      slices: session,
    };
    const refused = this.storage.set(this.key(content.id), JSON.stringify(envelope)) ?? this.storage.set('last', content.id);
    return refused ? `Progress could not be saved on this device (${refused.name}). You can keep playing, but closing the tab will lose it.` : null;
  }

  /** The case played most recently, if its save still exists (readable or not). */
  lastCaseId(): string | null {
    const id = this.storage.get('last');
    return id && this.storage.get(this.key(id)) !== null ? id : null;
  }

  /** The stored text of a case's save, as it is. */
  raw(caseId: string): string | null {
    return this.storage.get(this.key(caseId));
  }

  /** For the title screen: title and time, or that the save cannot be read at all. */
  status(caseId: string): SaveStatus | null {
    const raw = this.raw(caseId);
    if (raw === null) return null;
    const env = this.parse(raw);
    return env.ok ? { state: 'readable', caseTitle: env.envelope.caseTitle, savedAt: env.envelope.savedAt } : { state: 'damaged', raw };
  }

  /** Raw peek for the title screen (title and time), without checking the version. */
  peek(caseId: string): { caseTitle: string; savedAt: string } | null {
    const s = this.status(caseId);
    return s?.state === 'readable' ? { caseTitle: s.caseTitle, savedAt: s.savedAt } : null;
  }

  private parse(raw: string): { ok: true; envelope: SaveEnvelope } | { ok: false; detail: string } {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, detail: 'the file is cut off or is not a save' };
    }
    const r = v.safeParse(EnvelopeSchema, migrateEnvelope(json));
    return r.success ? { ok: true, envelope: r.output } : { ok: false, detail: 'it is not a save this version of Exhibit 1937 knows' };
  }

  read(content: CaseContent): LoadResult {
    const raw = this.raw(content.id);
    if (raw === null) return { ok: false, reason: 'missing', message: `There is no saved game for "${content.title}".`, raw: null };
    const env = this.parse(raw);
    if (!env.ok) return { ok: false, reason: 'damaged', message: damagedMessage(content.title, env.detail), raw };
    if (env.envelope.caseId !== content.id) return { ok: false, reason: 'damaged', message: damagedMessage(content.title, 'it belongs to another case'), raw };
    return { ok: true, envelope: env.envelope };
  }

  /** Reads the save and loads it into a new session; any fault is a SaveProblem, never a throw.
   *  A save from an earlier version of the case continues at the start of the activity it was
   *  in (CaseSession.adoptOlder); only when nothing in it matches does the case start again. */
  restore(content: CaseContent, options: SessionOptions = {}): RestoreResult {
    const read = this.read(content);
    if (!read.ok) return read;
    try {
      const session = new CaseSession(content, options);
      if (read.envelope.contentVersion === contentVersion(content)) {
        session.load(read.envelope.slices);
      } else if (session.adoptOlder(read.envelope.slices, read.envelope.contentVersion === TRIMMED_VERSION ? 'Your course page (LMS) could keep only part of your saved game' : undefined) === null) {
        return {
          ok: false,
          reason: 'other-version',
          message: `Your saved game for "${content.title}" was made with an earlier version of the case, and nothing in it matches this version, so the case has to start again from the beginning. Your old save stays until you do.`,
          raw: this.raw(content.id),
        };
      }
      return { ok: true, session, envelope: read.envelope };
    } catch (e) {
      const detail = e instanceof SaveDataError ? e.message : 'it does not fit this case';
      if (!(e instanceof SaveDataError)) console.error(e);
      return { ok: false, reason: 'damaged', message: damagedMessage(content.title, detail), raw: this.raw(content.id) };
    }
  }

  clear(caseId: string): void {
    this.storage.remove(this.key(caseId));
  }
}
