// The resume state an LMS keeps for the learner (SCORM suspend data): the save of the case in
// play, compressed, plus what the learner found in each case so far, so a relaunch on another
// computer resumes and keeps the score. SCORM 1.2 allows 4,096 characters, 2004 allows 64,000.
// A save that does not fit is made smaller in two steps, each said to the learner:
//   1. without the story position and the backlog: the case continues at the start of the
//      activity it was in (the same path as a save from an earlier version of the case),
//      with the court record, the log and the marks kept;
//   2. only which case was being played: the case continues from this browser's own save if
//      it has one (it always keeps one), or starts again.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { TRIMMED_VERSION } from '../save/saveGame';

/** Suspend-data limits of each SCORM version (characters). */
export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;
export type ScormVersion = keyof typeof SUSPEND_LIMIT;

const TAG = 'X1:';

/** Deflate (fflate, level 9) then base64: plain characters every LMS stores safely, and a
 *  few milliseconds per autosave (the game writes it after every step). */
function pack64(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function unpack64(text: string): string {
  return strFromU8(inflateSync(Uint8Array.from(atob(text), (c) => c.charCodeAt(0))));
}
export { TRIMMED_VERSION };

/** Per case: contradictions found, how many there are, finished. */
export type CaseTally = [found: number, total: number, finished: 0 | 1];

export interface ResumeState {
  /** The case in play, if any. */
  caseId: string | null;
  /** Its save envelope (JSON text, as kept in the browser), possibly trimmed; null when dropped. */
  save: string | null;
  tally: Record<string, CaseTally>;
}

export type Fit = 'whole' | 'activity' | 'case-only';

/** The compact text and how much of the save it keeps. */
export function encodeResume(state: ResumeState, limit: number): { text: string; fit: Fit } {
  const pack = (s: ResumeState) => TAG + pack64(JSON.stringify({ c: s.caseId, s: s.save, t: s.tally }));
  const whole = pack(state);
  if (whole.length <= limit) return { text: whole, fit: 'whole' };
  const trimmed = state.save ? trimSave(state.save) : null;
  if (trimmed) {
    const text = pack({ ...state, save: trimmed });
    if (text.length <= limit) return { text, fit: 'activity' };
  }
  let text = pack({ ...state, save: null });
  // Not even the tally fits (hundreds of cases): keep the case id alone.
  if (text.length > limit) text = pack({ caseId: state.caseId, save: null, tally: {} });
  return { text, fit: 'case-only' };
}

export function decodeResume(text: string | null | undefined): ResumeState | null {
  if (!text || !text.startsWith(TAG)) return null;
  try {
    const raw = JSON.parse(unpack64(text.slice(TAG.length))) as { c?: unknown; s?: unknown; t?: unknown };
    const tally: Record<string, CaseTally> = {};
    if (raw.t && typeof raw.t === 'object') {
      for (const [id, t] of Object.entries(raw.t as Record<string, unknown>)) {
        if (Array.isArray(t) && t.length === 3 && t.every((n) => typeof n === 'number')) tally[id] = [t[0], t[1], t[2] ? 1 : 0];
      }
    }
    return { caseId: typeof raw.c === 'string' ? raw.c : null, save: typeof raw.s === 'string' ? raw.s : null, tally };
  } catch {
    return null;
  }
}

/** The save without its story position (only the story's variables are kept) and without its
 *  backlog, marked so that it continues at the start of its activity (CaseSession.adoptOlder,
 *  which reads the variables, the record, the log, the marks). Null when the text is not a save. */
export function trimSave(save: string): string | null {
  try {
    const env = JSON.parse(save) as { contentVersion?: string; slices?: Record<string, { v: number; data: unknown }> };
    if (!env.slices || typeof env.slices !== 'object') return null;
    const { ink, backlog: _backlog, ...slices } = env.slices;
    let variablesState: unknown = {};
    try {
      variablesState = (JSON.parse(String(ink?.data)) as { variablesState?: unknown }).variablesState ?? {};
    } catch {
      /* no readable story state: the story's own starting values */
    }
    return JSON.stringify({ ...env, contentVersion: TRIMMED_VERSION, slices: { ...slices, ink: { v: ink?.v ?? 1, data: JSON.stringify({ variablesState }) } } });
  } catch {
    return null;
  }
}

/** Of two saves of the same case, the one saved later (the browser's wins a tie: it is never trimmed). */
export function newerSave(browser: string | null, lms: string | null): 'browser' | 'lms' {
  if (!lms) return 'browser';
  if (!browser) return 'lms';
  const at = (s: string) => {
    try {
      return String((JSON.parse(s) as { savedAt?: unknown }).savedAt ?? '');
    } catch {
      return '';
    }
  };
  return at(lms) > at(browser) ? 'lms' : 'browser';
}
