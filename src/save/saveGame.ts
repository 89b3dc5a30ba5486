// Saves: the ink state plus every part's own save data plus the content version, in one
// envelope per case. Autosaved after every step; "Continue" restores exactly that.
// A save from another content version, or a broken one, is reported in words, never a crash.
import type { CaseContent, SessionSave } from '../story/caseSession';

export const SAVE_FORMAT = 'exhibit-1937-save';
export const SAVE_SCHEMA = 1;
const PREFIX = 'exhibit-1937/';

export interface SaveEnvelope {
  format: typeof SAVE_FORMAT;
  schema: number;
  caseId: string;
  caseTitle: string;
  contentVersion: string;
  savedAt: string;
  session: SessionSave;
}

/** Minimal key-value storage: window.localStorage in the game, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export class MemoryStorage implements KeyValueStorage {
  private map = new Map<string, string>();
  getItem(k: string): string | null {
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

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

export type LoadResult =
  | { ok: true; envelope: SaveEnvelope }
  | { ok: false; reason: 'missing' | 'unreadable' | 'other-version'; message: string };

export class SaveStore {
  constructor(private readonly storage: KeyValueStorage) {}

  private key(caseId: string): string {
    return `${PREFIX}save/${caseId}`;
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
      session,
    };
    try {
      this.storage.setItem(this.key(content.id), JSON.stringify(envelope));
      this.storage.setItem(`${PREFIX}last`, content.id);
      return null;
    } catch (e) {
      return `Progress could not be saved on this device (${(e as Error).name}). You can keep playing, but closing the tab will lose it.`;
    }
  }

  /** The case played most recently, if its save still exists. */
  lastCaseId(): string | null {
    try {
      const id = this.storage.getItem(`${PREFIX}last`);
      return id && this.storage.getItem(this.key(id)) ? id : null;
    } catch {
      return null;
    }
  }

  /** Raw peek for the title screen (title and time), without checking the version. */
  peek(caseId: string): { caseTitle: string; savedAt: string } | null {
    try {
      const e = JSON.parse(this.storage.getItem(this.key(caseId)) ?? 'null') as Partial<SaveEnvelope> | null;
      return e && typeof e.caseTitle === 'string' && typeof e.savedAt === 'string' ? { caseTitle: e.caseTitle, savedAt: e.savedAt } : null;
    } catch {
      return null;
    }
  }

  read(content: CaseContent): LoadResult {
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key(content.id));
    } catch {
      return { ok: false, reason: 'unreadable', message: 'This browser would not let the game read its saved progress.' };
    }
    if (raw === null) return { ok: false, reason: 'missing', message: `There is no saved game for "${content.title}".` };
    let env: Partial<SaveEnvelope>;
    try {
      env = JSON.parse(raw);
    } catch {
      return { ok: false, reason: 'unreadable', message: `The saved game for "${content.title}" is damaged and cannot be read. Start the case again.` };
    }
    if (!env || env.format !== SAVE_FORMAT || env.schema !== SAVE_SCHEMA || !env.session || env.caseId !== content.id) {
      return { ok: false, reason: 'unreadable', message: `The saved game for "${content.title}" is not one this version of Exhibit 1937 can read. Start the case again.` };
    }
    if (env.contentVersion !== contentVersion(content)) {
      return {
        ok: false,
        reason: 'other-version',
        message: `Your saved game for "${content.title}" was made with a different version of the case, so it cannot continue exactly where you were. Start the case again; your old save stays until you do.`,
      };
    }
    return { ok: true, envelope: env as SaveEnvelope };
  }

  clear(caseId: string): void {
    try {
      this.storage.removeItem(this.key(caseId));
    } catch {
      /* nothing to clear */
    }
  }
}
