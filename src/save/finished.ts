// Which cases (and sittings) the player has finished on this device: the title marks their
// cards. Kept apart from the saves, which are cleared when a finished case is left. Kept in
// the game's storage once it is handed in at boot (per student on a shared device, see
// src/classroom/players.ts); in localStorage before that.
import type { GameStorage } from './storage';

const KEY = 'finished';
let storage: GameStorage | null = null;

/** Boot wiring: the finished marks live in the game's one storage. */
export function useFinishedStorage(s: GameStorage): void {
  storage = s;
}

function read(): string[] {
  try {
    const v = (storage ? storage.getJson(KEY) : JSON.parse(window.localStorage.getItem(`exhibit-1937/${KEY}`) ?? '[]')) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function finishedCases(): string[] {
  return read();
}

export function markFinished(caseId: string): void {
  const all = read();
  if (all.includes(caseId)) return;
  try {
    if (storage) storage.set(KEY, JSON.stringify([...all, caseId]));
    else window.localStorage.setItem(`exhibit-1937/${KEY}`, JSON.stringify([...all, caseId]));
  } catch {
    // storage refused (private mode): the mark is simply not kept
  }
}
