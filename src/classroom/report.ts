// The student report: what one student did in one case, built from the session's log and
// the case content (statement texts, item titles), as a file the student hands in and a
// printable page. Nothing is sent anywhere; the teacher opens the files in the class view.
import type { CaseSession } from '../story/caseSession';
import type { LogEntry } from '../story/studentLog';
import type { Assignment } from './assignment';

export const REPORT_FORMAT = 'exhibit-1937-report';
export const REPORT_VERSION = 1;
export const GAME_NAME = 'Exhibit 1937';

export type ReportEvent =
  | { at: string; kind: 'press'; cross: string; statement: string; statementText: string }
  | {
      at: string; kind: 'present'; cross: string; statement: string; statementText: string;
      item: string; itemTitle: string; correct: boolean; marksLeft: number;
    }
  | { at: string; kind: 'hint'; cross: string; statement: string; statementText: string; step: number }
  | { at: string; kind: 'choice'; text: string }
  | { at: string; kind: 'cross-start' | 'cross-restart' | 'cross-solved'; cross: string; crossTitle: string }
  | { at: string; kind: 'case-start' | 'case-end' }
  | { at: string; kind: 'source-check'; item: string; itemTitle: string; prompt: string; answer: string; best: boolean }
  | { at: string; kind: 'deduction'; items: string[]; itemTitles: string[]; correct: boolean }
  | { at: string; kind: 'board-place'; board: string; card: string; cell: string; correct: boolean }
  | { at: string; kind: 'other'; what: string };

export interface ReportAnswer {
  question: string;
  answer: string;
}

export interface StudentReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  game: typeof GAME_NAME;
  /** The content version of the case (same as saves): statements may differ between versions. */
  contentVersion: string;
  caseId: string;
  caseTitle: string;
  student: string;
  assignment: Assignment | null;
  mode: string;
  hintsAllowed: boolean;
  createdAt: string;
  startedAt: string | null;
  lastActivityAt: string | null;
  /** Seconds from the start of the case to the last recorded action (breaks included). */
  secondsSpent: number;
  finished: boolean;
  summary: { contradictionsFound: number; wrongPresents: number; presses: number; hintsUsed: number; restarts: number };
  /** Credibility after each present, per cross-examination (marks left, out of maxMarks). */
  credibility: Array<{ at: string; cross: string; marksLeft: number }>;
  maxMarks: number;
  events: ReportEvent[];
  answers: ReportAnswer[];
}

export interface ReportInput {
  session: CaseSession;
  contentVersion: string;
  student: string;
  assignment: Assignment | null;
  answers: ReportAnswer[];
  maxMarks: number;
  now?: Date;
}

function statementText(session: CaseSession, cross: string, statement: string): string {
  try {
    return session.crossModel(cross).statements.find((s) => s.id === statement)?.text ?? statement;
  } catch {
    return statement;
  }
}

function crossTitle(session: CaseSession, cross: string): string {
  try {
    return session.crossModel(cross).title;
  } catch {
    return cross;
  }
}

function itemTitle(session: CaseSession, item: string): string {
  return session.record.knows(item) ? session.record.entry(item).title : item;
}

function toEvent(session: CaseSession, e: LogEntry): ReportEvent {
  switch (e.kind) {
    case 'press':
      return { at: e.at, kind: 'press', cross: e.cross, statement: e.statement, statementText: statementText(session, e.cross, e.statement) };
    case 'present':
      return {
        at: e.at, kind: 'present', cross: e.cross, statement: e.statement, statementText: statementText(session, e.cross, e.statement),
        item: e.item, itemTitle: itemTitle(session, e.item), correct: e.correct, marksLeft: e.marksLeft,
      };
    case 'hint':
      return { at: e.at, kind: 'hint', cross: e.cross, statement: e.statement, statementText: statementText(session, e.cross, e.statement), step: e.step };
    case 'choice':
      return { at: e.at, kind: 'choice', text: e.text };
    case 'cross-start':
    case 'cross-restart':
    case 'cross-solved':
      return { at: e.at, kind: e.kind, cross: e.cross, crossTitle: crossTitle(session, e.cross) };
    case 'case-start':
    case 'case-end':
      return { at: e.at, kind: e.kind };
    case 'source-check':
      return { at: e.at, kind: 'source-check', item: e.item, itemTitle: itemTitle(session, e.item), prompt: e.prompt, answer: e.answer, best: e.best };
    case 'deduction':
      return { at: e.at, kind: 'deduction', items: [...e.items], itemTitles: e.items.map((i) => itemTitle(session, i)), correct: e.correct };
    case 'board-place':
      return { at: e.at, kind: 'board-place', board: e.board, card: e.card, cell: e.cell, correct: e.correct };
    default: {
      // A log entry kind added later: kept, in words, rather than dropped.
      const other = e as { at: string; kind: string };
      return { at: other.at, kind: 'other', what: other.kind };
    }
  }
}

export function summarize(events: readonly ReportEvent[]): StudentReport['summary'] {
  const n = (f: (e: ReportEvent) => boolean) => events.filter(f).length;
  return {
    contradictionsFound: n((e) => e.kind === 'present' && e.correct),
    wrongPresents: n((e) => e.kind === 'present' && !e.correct),
    presses: n((e) => e.kind === 'press'),
    hintsUsed: n((e) => e.kind === 'hint'),
    restarts: n((e) => e.kind === 'cross-restart'),
  };
}

export function buildReport(input: ReportInput): StudentReport {
  const { session } = input;
  const log = session.log.all();
  const events = log.map((e) => toEvent(session, e));
  const startedAt = log.find((e) => e.kind === 'case-start')?.at ?? log[0]?.at ?? null;
  const lastActivityAt = log.length ? log[log.length - 1].at : null;
  const secondsSpent = startedAt && lastActivityAt ? Math.max(0, Math.round((Date.parse(lastActivityAt) - Date.parse(startedAt)) / 1000)) : 0;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    game: GAME_NAME,
    contentVersion: input.contentVersion,
    caseId: session.content.id,
    caseTitle: session.content.title,
    student: input.student.trim(),
    assignment: input.assignment,
    mode: session.currentMode,
    hintsAllowed: session.hintsAllowed,
    createdAt: (input.now ?? new Date()).toISOString(),
    startedAt,
    lastActivityAt,
    secondsSpent,
    finished: log.some((e) => e.kind === 'case-end'),
    summary: summarize(events),
    credibility: events.flatMap((e) => (e.kind === 'present' ? [{ at: e.at, cross: e.cross, marksLeft: e.marksLeft }] : [])),
    maxMarks: input.maxMarks,
    events,
    answers: input.answers.map((a) => ({ question: a.question, answer: a.answer.trim() })),
  };
}

export function reportToJson(report: StudentReport): string {
  return JSON.stringify(report, null, 2);
}

/** A file name a teacher can sort by: student, case, date. */
export function reportFileName(report: StudentReport): string {
  const safe = (s: string) => s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'student';
  return `exhibit-1937-report-${safe(report.student)}-${report.caseId}-${report.createdAt.slice(0, 10)}.json`;
}

export type ReadResult = { ok: true; report: StudentReport } | { ok: false; reason: string };

/** Reads a report file. Anything else (another game, a newer format, a damaged file) says why. */
export function readReport(text: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not a report: it is damaged or not a JSON file.' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'The file is not an Exhibit 1937 report.' };
  const r = raw as Partial<StudentReport> & Record<string, unknown>;
  if (r.format !== REPORT_FORMAT) {
    return { ok: false, reason: r.format === 'exhibit-1937-save' ? 'This is a saved game, not a report.' : 'The file is not an Exhibit 1937 report.' };
  }
  if (typeof r.version !== 'number' || r.version > REPORT_VERSION) return { ok: false, reason: `The report was made by a newer version of the game (report format ${String(r.version)}).` };
  if (r.version < REPORT_VERSION) return { ok: false, reason: `The report was made by an older version of the game (report format ${r.version}).` };
  const missing = (['caseId', 'caseTitle', 'student', 'contentVersion', 'createdAt'] as const).filter((k) => typeof r[k] !== 'string');
  if (missing.length || !Array.isArray(r.events) || !Array.isArray(r.answers) || typeof r.finished !== 'boolean' || typeof r.secondsSpent !== 'number') {
    return { ok: false, reason: `The report is incomplete or damaged${missing.length ? ` (missing ${missing.join(', ')})` : ''}.` };
  }
  const badEvent = r.events.find((e) => !e || typeof e !== 'object' || typeof (e as ReportEvent).kind !== 'string' || typeof (e as ReportEvent).at !== 'string');
  if (badEvent !== undefined) return { ok: false, reason: 'The report is damaged: one of its recorded steps cannot be read.' };
  const report = r as StudentReport;
  // The summary is recomputed from the steps, so an edited total cannot mislead the teacher.
  return { ok: true, report: { ...report, summary: summarize(report.events) } };
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return seconds <= 0 ? '0 min' : 'under 1 min';
  const m = Math.round(seconds / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
