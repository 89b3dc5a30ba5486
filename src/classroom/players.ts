// Shared devices: each student name on this device has its own saves, settings, answers and
// progress. PlayerStorage sits between the game and the device's storage and files every
// key of the game under the current player's name; the list of names is kept per device.
// The player chosen in a tab is kept for that tab (sessionStorage), so a reload continues,
// and a new tab asks "Who is playing?" again instead of handing on the last student's save.
import type { KeyValueStorage } from '../save/saveGame';
import { STORAGE_PREFIX as PREFIX } from '../save/storage';

const PLAYERS_KEY = `${PREFIX}players`;
const TAB_KEY = `${PREFIX}tab-player`;
export const NAME_LIMIT = 80;

/** A name as it is shown: single spaces, trimmed, at most NAME_LIMIT characters. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_LIMIT);
}

/** Two spellings of one name ("ada  LOVELACE", "Ada Lovelace") are one student. */
export function nameKey(name: string): string {
  return cleanName(name).normalize('NFKC').toLocaleLowerCase();
}

function tabStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export class PlayerStorage implements KeyValueStorage {
  private current: string | null;
  private listeners = new Set<(player: string | null) => void>();

  constructor(private readonly base: KeyValueStorage, private readonly tab = tabStorage()) {
    let saved: string | null = null;
    try {
      saved = this.tab?.getItem(TAB_KEY) ?? null;
    } catch {
      saved = null;
    }
    this.current = saved && this.players().some((p) => nameKey(p) === nameKey(saved)) ? saved : null;
  }

  /** The student playing in this tab, or null (no name given: the device's shared saves). */
  get player(): string | null {
    return this.current;
  }

  /** Every student name that has played on this device, in the order they first played. */
  players(): string[] {
    try {
      const v = JSON.parse(this.base.getItem(PLAYERS_KEY) ?? '[]') as unknown;
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && cleanName(x) !== '') : [];
    } catch {
      return [];
    }
  }

  /** Switches to a student (added to the device's list) or to no one (null). */
  use(name: string | null): void {
    const clean = name === null ? null : cleanName(name);
    if (clean) {
      const list = this.players();
      const known = list.find((p) => nameKey(p) === nameKey(clean));
      if (!known) {
        try {
          this.base.setItem(PLAYERS_KEY, JSON.stringify([...list, clean]));
        } catch {
          /* storage refused: the name still applies in this tab */
        }
      }
      this.current = known ?? clean;
    } else this.current = null;
    try {
      if (this.current) this.tab?.setItem(TAB_KEY, this.current);
      else this.tab?.removeItem(TAB_KEY);
    } catch {
      /* no tab storage: a reload asks again */
    }
    for (const l of [...this.listeners]) l(this.current);
  }

  /** Called after every switch of player. */
  onChange(listener: (player: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The device key for a game key under the current player. */
  keyFor(key: string, player = this.current): string {
    if (!player || !key.startsWith(PREFIX) || key === PLAYERS_KEY) return key;
    return `${PREFIX}player/${encodeURIComponent(nameKey(player))}/${key.slice(PREFIX.length)}`;
  }

  getItem(key: string): string | null {
    return this.base.getItem(this.keyFor(key));
  }

  setItem(key: string, value: string): void {
    this.base.setItem(this.keyFor(key), value);
  }

  removeItem(key: string): void {
    this.base.removeItem(this.keyFor(key));
  }
}
