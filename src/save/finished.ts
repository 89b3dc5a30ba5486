// Which cases (and sittings) the player has finished on this device: the title marks their
// cards. Kept apart from the saves, which are cleared when a finished case is left.
const KEY = 'exhibit-1937/finished';

function read(): string[] {
  try {
    const v = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
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
    window.localStorage.setItem(KEY, JSON.stringify([...all, caseId]));
  } catch {
    // storage refused (private mode): the mark is simply not kept
  }
}
