// The cases of the game, in playing order. Folder names under story/ match the ids.
export interface CaseInfo {
  id: string;
  title: string;
  subtitle: string;
  minutes: string;
}

export const CASES: readonly CaseInfo[] = [
  { id: 'prologue', title: 'The Night Visitors', subtitle: 'Prologue · Veksal, Norway, August 1936', minutes: 'about 10 minutes' },
  { id: 'drammen', title: 'Behind Closed Doors', subtitle: 'Case 1 · Drammen district court, 11 December 1936', minutes: 'one class period, 35–45 minutes' },
];

export function mergeRecords(caseId: string, parts: Array<{ items: unknown[] }>): { case: string; items: never[] } {
  return { case: caseId, items: parts.flatMap((p) => p.items) as never[] };
}
