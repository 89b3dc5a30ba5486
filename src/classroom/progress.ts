// What a student did in each case, kept per player on the device: the step log, the mode,
// the discussion questions seen. Written with every autosave and kept when the case's save
// is cleared at its end, so one report can cover every case of an assignment.
import type { GameStorage } from '../save/storage';
import type { LogEntry } from '../story/studentLog';
import type { Mode } from '../story/modes';

export interface CaseProgress {
  caseId: string;
  caseTitle: string;
  contentVersion: string;
  mode: Mode;
  hintsAllowed: boolean;
  log: LogEntry[];
  questions: string[];
  updatedAt: string;
}

const key = (caseId: string) => `progress/${caseId}`;

export class ProgressStore {
  constructor(private readonly storage: GameStorage) {}

  /** A refused write is said by the save itself (same storage). */
  write(p: CaseProgress): void {
    this.storage.set(key(p.caseId), JSON.stringify(p));
  }

  read(caseId: string): CaseProgress | null {
    const v = this.storage.getJson(key(caseId)) as Partial<CaseProgress> | null;
    if (!v || typeof v !== 'object' || v.caseId !== caseId || !Array.isArray(v.log) || typeof v.contentVersion !== 'string') return null;
    return { questions: [], hintsAllowed: true, mode: 'standard', caseTitle: caseId, updatedAt: '', ...v } as CaseProgress;
  }
}
