// The game inside an LMS (Moodle, Canvas, Blackboard, Schoology…), launched from a SCORM
// package: reads the learner's name, keeps the resume state in the LMS's suspend data, and
// reports completion, a score (contradictions found of all in the assignment) and the debrief
// answers. Nothing of this runs, and nothing is sent, unless the page was marked by a SCORM
// package (scormPackage.ts) AND an LMS's API object is found: the web site and the one-file
// build never talk to anyone.
import { ASSIGN_META, LMS_META } from './scormPackage';
import { findScormApi, type ScormApi } from './scormApi';
import { decodeResume, encodeResume, newerSave, SUSPEND_LIMIT, type CaseTally, type Fit, type ScormVersion } from './resumeState';
import type { GameStorage } from '../save/storage';
import type { StudentReport } from '../classroom/report';

export interface LmsLaunch {
  version: ScormVersion;
  assignmentCode: string;
}

/** What the package wrote into index.html, or null for any other launch. */
export function lmsLaunch(doc: Document = document): LmsLaunch | null {
  const lms = doc.querySelector<HTMLMetaElement>(`meta[name="${LMS_META}"]`)?.content;
  const code = doc.querySelector<HTMLMetaElement>(`meta[name="${ASSIGN_META}"]`)?.content ?? '';
  if (lms === 'scorm-1.2') return { version: '1.2', assignmentCode: code };
  if (lms === 'scorm-2004') return { version: '2004', assignmentCode: code };
  return null;
}

/** "Doe, Jane" (how many LMSs give SCORM 1.2's student_name) reads as "Jane Doe". */
export function displayName(lmsName: string): string {
  const n = lmsName.trim();
  const m = /^([^,]+),\s*([^,]+)$/.exec(n);
  return (m ? `${m[2]} ${m[1]}` : n).replace(/\s+/g, ' ').slice(0, 60);
}

const ONE_LINE = (s: string) => s.replace(/\s+/g, ' ').trim();

export const FIT_NOTICE: Record<Exclude<Fit, 'whole'>, string> = {
  activity: 'Your course page can keep only part of this saved game. If you open the game on another computer, the case continues at the start of the activity you are in, with your court record kept. This computer keeps the whole save.',
  'case-only': 'Your course page cannot keep this saved game. If you open the game on another computer, the case starts again; this computer keeps the whole save.',
};

export class LmsLink {
  /** The learner's name as the LMS gives it (display order), or null. */
  readonly learnerName: string | null;
  /** The state found in the LMS at launch. */
  private tally: Record<string, CaseTally> = {};
  private lastInteractions = '';
  private completed = false;
  private finished = false;
  /** How much of the last save the LMS could keep. */
  fit: Fit = 'whole';
  private readonly listeners = new Set<(fit: Fit) => void>();

  private constructor(readonly launch: LmsLaunch, readonly api: ScormApi, private readonly storage: GameStorage) {
    const name = api.get('learnerName');
    this.learnerName = name ? displayName(name) : null;
  }

  /** Initialises the LMS session; null (and a warning) when no LMS answers. */
  static open(launch: LmsLaunch, storage: GameStorage, from: Window = window): LmsLink | null {
    const api = findScormApi(launch.version, from);
    if (!api) {
      console.warn(`Exhibit 1937: this is a SCORM ${launch.version} package, but no LMS was found around it; playing without one.`);
      return null;
    }
    if (!api.initialize()) {
      console.warn('Exhibit 1937: the LMS did not start the session', api.errors);
      return null;
    }
    const link = new LmsLink(launch, api, storage);
    const status = api.get('status');
    link.completed = status === 'completed' || status === 'passed';
    if (launch.version === '1.2' && (status === 'not attempted' || status === '')) api.set('status', 'incomplete');
    if (launch.version === '2004' && (status === 'not attempted' || status === 'unknown' || status === '')) api.set('status', 'incomplete');
    window.addEventListener('pagehide', () => link.finish());
    return link;
  }

  /** Puts the LMS's save into this browser's storage when it is newer than the one here
   *  (another computer, or a browser that was cleared), so Continue finds it. */
  resume(): void {
    const state = decodeResume(this.api.get('suspend'));
    if (!state) return;
    this.tally = state.tally;
    if (!state.caseId) return;
    const key = `save/${state.caseId}`;
    if (state.save && newerSave(this.storage.get(key), state.save) === 'lms') this.storage.set(key, state.save);
    if (this.storage.get(key) !== null) this.storage.set('last', state.caseId);
  }

  onFit(listener: (fit: Fit) => void): void {
    this.listeners.add(listener);
  }

  /** After every autosave: the resume state into suspend data, committed. */
  saved(caseId: string): void {
    if (this.finished) return;
    const { text, fit } = encodeResume({ caseId, save: this.storage.get(`save/${caseId}`), tally: this.tally }, SUSPEND_LIMIT[this.launch.version]);
    this.api.set('suspend', text);
    this.api.set('location', caseId);
    if (fit !== this.fit) {
      this.fit = fit;
      for (const l of this.listeners) l(fit);
    }
    this.api.commit();
  }

  /** Completion, score and answers from the student's report (every case of the assignment). */
  report(r: StudentReport): void {
    if (this.finished) return;
    for (const c of r.cases) {
      const old = this.tally[c.caseId];
      const found = Math.max(c.summary.contradictionsFound, old?.[0] ?? 0);
      this.tally[c.caseId] = [found, c.contradictions, c.finished || old?.[2] ? 1 : 0];
    }
    const ids = r.cases.map((c) => c.caseId);
    const found = ids.reduce((n, id) => n + this.tally[id][0], 0);
    const total = ids.reduce((n, id) => n + this.tally[id][1], 0);
    const v = this.launch.version;
    this.api.set('min', '0');
    this.api.set('max', String(total));
    this.api.set('raw', String(found));
    if (v === '2004') this.api.set('cmi.score.scaled', total ? (found / total).toFixed(4) : '0');
    const done = ids.length > 0 && ids.every((id) => this.tally[id][2] === 1);
    if (done && !this.completed) {
      this.completed = true;
      this.api.set('status', 'completed');
    }
    if (v === '2004') this.api.set('cmi.progress_measure', (ids.filter((id) => this.tally[id][2] === 1).length / Math.max(1, ids.length)).toFixed(4));
    this.answers(r);
    this.api.commit();
  }

  /** The debrief answers as interactions, one per question, written again only when changed. */
  private answers(r: StudentReport): void {
    const all = r.cases.flatMap((c) => c.answers.map((a, i) => ({ id: `q-${c.caseId}-${i + 1}`, question: ONE_LINE(a.question), answer: ONE_LINE(a.answer) })))
      .filter((a) => a.answer);
    const json = JSON.stringify(all);
    if (json === this.lastInteractions) return;
    this.lastInteractions = json;
    const v = this.launch.version;
    all.forEach((a, n) => {
      const at = `cmi.interactions.${n}`;
      this.api.set(`${at}.id`, a.id);
      this.api.set(`${at}.type`, v === '1.2' ? 'fill-in' : 'long-fill-in');
      if (v === '2004') this.api.set(`${at}.description`, a.question.slice(0, 250));
      this.api.set(`${at}.${this.api.name('response')}`, v === '1.2' ? a.answer.slice(0, 255) : a.answer.slice(0, 4000));
    });
  }

  /** Leaving (the tab closes, the LMS unloads the frame): exit so the LMS keeps the suspend data. */
  finish(): void {
    if (this.finished) return;
    this.api.set('exit', this.completed ? (this.launch.version === '1.2' ? '' : 'normal') : 'suspend');
    this.api.commit();
    this.api.finish();
    this.finished = true;
  }

  /** The tally as the LMS will keep it (for the tests). */
  get tallies(): Readonly<Record<string, CaseTally>> {
    return this.tally;
  }
}
