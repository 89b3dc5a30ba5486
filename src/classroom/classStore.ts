// The class view keeps the report files it opened in this browser (IndexedDB through
// idb-keyval) until the teacher clears the class. Where IndexedDB is refused (some private
// windows), the class lives only as long as the page.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ReportFile } from './classView';

const KEY = 'files';
let store: UseStore | null = null;

function db(): UseStore | null {
  try {
    store ??= createStore('exhibit-1937-class-view', 'class');
    return store;
  } catch {
    return null;
  }
}

export async function loadClass(): Promise<ReportFile[]> {
  try {
    const s = db();
    const v = s ? await get<unknown>(KEY, s) : undefined;
    return Array.isArray(v) ? v.filter((f): f is ReportFile => !!f && typeof f.name === 'string' && typeof f.text === 'string') : [];
  } catch {
    return [];
  }
}

export async function keepClass(files: readonly ReportFile[]): Promise<boolean> {
  try {
    const s = db();
    if (!s) return false;
    await set(KEY, files.map((f) => ({ name: f.name, text: f.text })), s);
    return true;
  } catch {
    return false;
  }
}

export async function forgetClass(): Promise<void> {
  try {
    const s = db();
    if (s) await del(KEY, s);
  } catch {
    /* nothing kept */
  }
}
