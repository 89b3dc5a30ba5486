// The debrief answers per case, kept on this device under the current player
// (PlayerStorage sits under the game's storage). They live in the game's one storage (src/save/storage.ts),
// handed in at boot with useClassroomStorage; until then (and in tests) in memory.
import { GameStorage } from '../save/storage';

let storage = new GameStorage();

/** Boot wiring: the classroom keeps its data in the game's storage. */
export function useClassroomStorage(s: GameStorage): void {
  storage = s;
}

export function savedAnswers(caseId: string): Record<string, string> {
  const v = storage.getJson(`answers/${caseId}`);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
}

export function saveAnswer(caseId: string, question: string, answer: string): void {
  const all = savedAnswers(caseId);
  all[question] = answer;
  storage.set(`answers/${caseId}`, JSON.stringify(all));
}
