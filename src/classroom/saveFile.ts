// "Take progress home": everything one player has on this device (each case's save and
// progress, the debrief answers, the settings) as one sealed file, and back. A file that is
// damaged, edited, from another game or another version is refused with a message in words,
// and nothing on the device changes.
import { SaveStore } from '../save/saveGame';
import { GameStorage, MemoryStorage } from '../save/storage';
import { sealOf } from './seal';

export const SAVE_FILE_FORMAT = 'exhibit-1937-save-file';
export const SAVE_FILE_VERSION = 1;
const SEAL_PURPOSE = 'save-file-1';

export interface SaveFile {
  format: typeof SAVE_FILE_FORMAT;
  version: typeof SAVE_FILE_VERSION;
  game: 'Exhibit 1937';
  player: string | null;
  createdAt: string;
  /** Storage keys (under the game's prefix, without the player's part) → the stored text. */
  entries: Record<string, string>;
  seal: string;
}

/** The game keys a save file carries for these cases. */
export function saveFileKeys(caseIds: readonly string[]): string[] {
  return [
    'settings',
    'last',
    'finished',
    ...caseIds.flatMap((id) => [`save/${id}`, `progress/${id}`, `answers/${id}`]),
  ];
}

export function makeSaveFile(storage: GameStorage, player: string | null, caseIds: readonly string[], now = new Date()): SaveFile {
  const entries: Record<string, string> = {};
  for (const k of saveFileKeys(caseIds)) {
    const v = storage.get(k);
    if (v !== null) entries[k] = v;
  }
  const body = { format: SAVE_FILE_FORMAT, version: SAVE_FILE_VERSION, game: 'Exhibit 1937', player, createdAt: now.toISOString(), entries } as const;
  return { ...body, entries, seal: sealOf(SEAL_PURPOSE, body) };
}

export function saveFileName(f: SaveFile): string {
  const who = (f.player ?? 'progress').normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'progress';
  return `exhibit-1937-save-${who}-${f.createdAt.slice(0, 10)}.json`;
}

export type SaveFileRead = { ok: true; file: SaveFile; cases: string[] } | { ok: false; message: string };

const NOTHING = 'Nothing was changed on this device.';

/** Checks a save file completely before anything is written. */
export function readSaveFile(text: string, caseIds: readonly string[]): SaveFileRead {
  const bad = (why: string): SaveFileRead => ({ ok: false, message: `${why} ${NOTHING}` });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return bad('This file cannot be read: it is damaged or not an Exhibit 1937 save file.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad('This is not an Exhibit 1937 save file.');
  const f = raw as Partial<SaveFile> & Record<string, unknown>;
  if (f.format !== SAVE_FILE_FORMAT) {
    return bad(f.format === 'exhibit-1937-report' ? 'This is a report for the teacher, not a save file. Open the file made with “Save to file”.' : 'This is not an Exhibit 1937 save file.');
  }
  if (typeof f.version !== 'number' || f.version > SAVE_FILE_VERSION) return bad('This save file was made by a newer version of Exhibit 1937.');
  if (f.version !== SAVE_FILE_VERSION) return bad('This save file was made by an older version of Exhibit 1937 that this one cannot read.');
  if (!f.entries || typeof f.entries !== 'object' || Array.isArray(f.entries) || typeof f.createdAt !== 'string' || typeof f.seal !== 'string'
    || !(f.player === null || typeof f.player === 'string')) {
    return bad('This save file is incomplete or damaged.');
  }
  const { seal, ...body } = f as SaveFile;
  if (sealOf(SEAL_PURPOSE, body) !== seal) return bad('This save file was changed after it was made (or damaged), so it cannot be trusted.');
  const allowed = new Set(saveFileKeys(caseIds));
  const entries = f.entries as Record<string, unknown>;
  const cases = new Set<string>();
  for (const [k, v] of Object.entries(entries)) {
    if (typeof v !== 'string') return bad('This save file is damaged.');
    if (!allowed.has(k)) return bad('This save file holds a case this version of the game does not have.');
    const m = /^save\/(.+)$/.exec(k);
    if (m) {
      // The game's own save check (schema, migrations), on a scratch storage.
      const scratch = new GameStorage(new MemoryStorage());
      scratch.set(k, v);
      if (new SaveStore(scratch).status(m[1])?.state !== 'readable') return bad('This save file is damaged: one of its saved games cannot be read.');
      cases.add(m[1]);
    }
    const p = /^progress\/(.+)$/.exec(k);
    if (p) cases.add(p[1]);
  }
  if (!Object.keys(entries).length) return bad('This save file is empty.');
  return { ok: true, file: f as SaveFile, cases: caseIds.filter((c) => cases.has(c)) };
}

/** Writes a checked save file into the storage (already switched to the file's player). */
export function applySaveFile(storage: GameStorage, file: SaveFile): Error | null {
  for (const [k, v] of Object.entries(file.entries)) {
    const refused = storage.set(k, v);
    if (refused) return refused;
  }
  return null;
}
