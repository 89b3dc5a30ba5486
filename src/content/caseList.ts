// The cases of the game, in playing order. Folder names under story/ match the ids.
export interface CaseInfo {
  id: string;
  title: string;
  subtitle: string;
  minutes: string;
  /** Another folder under story/ whose record*.json files this case also uses (the
   *  people and documents shared by the sittings of one hearing). */
  shared?: string;
  /** Part of a larger case (Case 1's two sittings, Case 2's four). */
  group?: string;
}

export const CASES: readonly CaseInfo[] = [
  { id: 'prologue', title: 'The Night Visitors', subtitle: 'Prologue · Veksal, Norway, August 1936', minutes: 'about 20 minutes' },
  { id: 'drammen-1', title: 'Asylum and Archives', subtitle: 'Case 1, sitting 1 · Drammen district court, 11 December 1936', minutes: 'one class period (about 34 minutes)', shared: 'drammen-shared', group: 'Behind Closed Doors' },
  { id: 'drammen-2', title: 'The Tourist, the Bulletin and Moscow', subtitle: 'Case 1, sitting 2 · Drammen district court, 11 December 1936', minutes: 'one class period (about 31 minutes)', shared: 'drammen-shared', group: 'Behind Closed Doors' },
  { id: 'coyoacan-1', title: 'Copenhagen, November 1932', subtitle: 'Case 2, sitting 1 · Coyoacán, April 1937', minutes: 'one class period', shared: 'coyoacan-shared', group: 'The Blue House' },
  { id: 'coyoacan-2', title: 'Bois de Boulogne, July 1933', subtitle: 'Case 2, sitting 2 · Coyoacán, April 1937', minutes: 'one class period', shared: 'coyoacan-shared', group: 'The Blue House' },
  { id: 'coyoacan-3', title: 'Kjeller, December 1935', subtitle: 'Case 2, sitting 3 · Coyoacán, April 1937', minutes: 'one class period', shared: 'coyoacan-shared', group: 'The Blue House' },
  { id: 'coyoacan-4', title: 'Beals', subtitle: 'Case 2, sitting 4 · Coyoacán, April 1937', minutes: 'one class period', shared: 'coyoacan-shared', group: 'The Blue House' },
];

/** Cases being written: checkable with `npm run check:story <id>`, not yet offered to players. */
export const DRAFT_CASES: readonly CaseInfo[] = [];

export function caseInfo(id: string): CaseInfo | undefined {
  return CASES.find((c) => c.id === id) ?? DRAFT_CASES.find((c) => c.id === id);
}

export function mergeRecords(caseId: string, parts: Array<{ items: unknown[] }>): { case: string; items: never[] } {
  return { case: caseId, items: parts.flatMap((p) => p.items) as never[] };
}
