// The game's one storage. Everything the game keeps on the device (saves, settings, the
// student's name, debrief answers) goes through one GameStorage, made once at boot and
// handed to each part that needs it; every key lives under one prefix. Tests hand in a
// MemoryStorage instead of the browser's localStorage.

/** Every key the game writes starts with this. */
export const STORAGE_PREFIX = 'exhibit-1937/';

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

/** The device's localStorage if the browser allows it; memory otherwise (private mode,
 *  storage disabled): the game plays on, it only forgets when the tab closes. */
export function deviceStorage(): KeyValueStorage {
  try {
    const s = window.localStorage;
    s.setItem(`${STORAGE_PREFIX}probe`, '1');
    s.removeItem(`${STORAGE_PREFIX}probe`);
    return s;
  } catch {
    return new MemoryStorage();
  }
}

/** Keys under the game's prefix. Reading never throws (a refusing device reads as empty);
 *  writing reports a refusal (quota, private mode) so the caller can say so. */
export class GameStorage {
  constructor(readonly backend: KeyValueStorage = new MemoryStorage()) {}

  get(key: string): string | null {
    try {
      return this.backend.getItem(STORAGE_PREFIX + key);
    } catch {
      return null;
    }
  }

  /** Returns the device's refusal, or null when stored. */
  set(key: string, value: string): Error | null {
    try {
      this.backend.setItem(STORAGE_PREFIX + key, value);
      return null;
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }

  remove(key: string): void {
    try {
      this.backend.removeItem(STORAGE_PREFIX + key);
    } catch {
      /* nothing to remove */
    }
  }

  /** Parsed JSON, or null when missing or unreadable. */
  getJson(key: string): unknown {
    const raw = this.get(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }
}
