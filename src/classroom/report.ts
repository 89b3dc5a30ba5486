// The student report: one file per student per assignment, covering every assigned case
// (found N of M, marks, hints, fields pointed at, time, the debrief answers and every step),
// built from the progress the game keeps per player, and sealed (see seal.ts) over its
// content and the assignment, so the class view can tell a hand-edited file. Nothing is sent
// anywhere; the student hands the file in and the teacher opens it in the class view.
import type { LogEntry } from '../story/studentLog';
import { encodeAssignment, type Assignment } from './assignment';
import type { CaseProgress } from './progress';
import { sealOf } from './seal';
import { CONCLUSION_PROMPT, sourceCheckScore } from '../story/sourceCheck';

export const REPORT_FORMAT = 'exhibit-1937-report';
export const REPORT_VERSION = 2;
export const GAME_NAME = 'Exhibit 1937';
const SEAL_PURPOSE = 'report-2';

export type ReportEvent =
  | { at: string; kind: 'press'; cross: string; statement: string; statementText: string }
  | {
      at: string; kind: 'present'; cross: string; statement: string; statementText: string;
      item: string; itemTitle: string; correct: boolean; marksLeft: number; close?: boolean;
    }
  | { at: string; kind: 'hint'; cross: string; statement: string; statementText: string; step: number }
  | { at: string; kind: 'point'; cross: string; statement: string; statementText: string; item: string; itemTitle: string; field: string; correct: boolean }
  | { at: string; kind: 'choice'; text: string }
  | { at: string; kind: 'cross-start' | 'cross-restart' | 'cross-solved'; cross: string; crossTitle: string }
  | { at: string; kind: 'case-start' | 'case-end' }
  | { at: string; kind: 'source-check'; item: string; itemTitle: string; prompt: string; answer: string; best: boolean }
  | { at: string; kind: 'deduction'; items: string[]; itemTitles: string[]; correct: boolean }
  // correct: absent while the board is not finished (a student who opens the report mid-board
  // must not learn which placement is wrong: the board confirms only sets, timelineBoard.ts)
  | { at: string; kind: 'board-place'; board: string; card: string; cell: string; correct?: boolean; lane?: string }
  | { at: string; kind: 'board-check'; board: string; placed: number; confirmed: number; marksLeft: number }
  | { at: string; kind: 'other'; what: string };

export interface ReportAnswer {
  question: string;
  answer: string;
}

export interface CaseSummary {
  contradictionsFound: number;
  wrongPresents: number;
  /** "Close, no mark lost" presents: not counted as wrong. */
  closePresents: number;
  presses: number;
  hintsUsed: number;
  restarts: number;
  marksLost: number;
  fieldsPointed: number;
  fieldsRight: number;
  /** Source-check questions met, and those answered right at the first try (absent in
   *  reports made before the score existed). */
  sourceChecks?: number;
  sourceChecksFirstTry?: number;
  /** Timeline-board cards put on a day their record does not give, and deduction pairs or
   *  conclusions tried that were not right (absent in older reports). */
  boardWrongPlacements?: number;
  /** "Check the board" pressed, and the checks that confirmed nothing (each a mark, not in Study). */
  boardChecks?: number;
  boardFailedChecks?: number;
  deductionWrongTries?: number;
}

export interface CaseReport {
  caseId: string;
  caseTitle: string;
  /** The content version of the case (same as saves): statements may differ between versions. */
  contentVersion: string;
  /** How many contradictions the case has (statements with an answer). */
  contradictions: number;
  played: boolean;
  mode: string | null;
  hintsAllowed: boolean | null;
  startedAt: string | null;
  lastActivityAt: string | null;
  /** Seconds from the start of the case to its last recorded action (breaks included). */
  secondsSpent: number;
  finished: boolean;
  summary: CaseSummary;
  events: ReportEvent[];
  answers: ReportAnswer[];
}

export interface StudentReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  game: typeof GAME_NAME;
  student: string;
  assignment: Assignment | null;
  /** The assignment as its link carries it (null: played without a valid link). */
  assignmentCode: string | null;
  createdAt: string;
  maxMarks: number;
  cases: CaseReport[];
  /** SHA-256 over everything above: a hand-edited file no longer matches. */
  seal: string;
}

/** What the report needs to know about a case's content (from the content index). */
export interface CaseFacts {
  id: string;
  title: string;
  contentVersion: string;
  statements: ReadonlyArray<{ cross: string; id: string; text: string; contradiction: boolean }>;
  crossTitles: Readonly<Record<string, string>>;
  itemTitles: Readonly<Record<string, string>>;
  /** Items tagged # close per statement ("cross.statement"): presenting one costs no mark. */
  closeItems?: Readonly<Record<string, readonly string[]>>;
}

export interface ReportInput {
  student: string;
  assignment: Assignment | null;
  cases: ReadonlyArray<{ facts: CaseFacts; progress: CaseProgress | null; answers: ReportAnswer[] }>;
  maxMarks: number;
  now?: Date;
}

function toEvent(f: CaseFacts, e: LogEntry): ReportEvent {
  const st = (cross: string, id: string) => f.statements.find((s) => s.cross === cross && s.id === id)?.text ?? id;
  const item = (id: string) => f.itemTitles[id] ?? id;
  const any = e as LogEntry & { field?: string; close?: boolean };
  switch (e.kind) {
    case 'press':
      return { at: e.at, kind: 'press', cross: e.cross, statement: e.statement, statementText: st(e.cross, e.statement) };
    case 'present':
      return {
        at: e.at, kind: 'present', cross: e.cross, statement: e.statement, statementText: st(e.cross, e.statement),
        item: e.item, itemTitle: item(e.item), correct: e.correct, marksLeft: e.marksLeft,
        ...(!e.correct && (any.close || f.closeItems?.[`${e.cross}.${e.statement}`]?.includes(e.item)) ? { close: true } : {}),
      };
    case 'hint':
      return { at: e.at, kind: 'hint', cross: e.cross, statement: e.statement, statementText: st(e.cross, e.statement), step: e.step };
    case 'choice':
      return { at: e.at, kind: 'choice', text: e.text };
    case 'cross-start':
    case 'cross-restart':
    case 'cross-solved':
      return { at: e.at, kind: e.kind, cross: e.cross, crossTitle: f.crossTitles[e.cross] ?? e.cross };
    case 'case-start':
    case 'case-end':
      return { at: e.at, kind: e.kind };
    case 'source-check':
      return { at: e.at, kind: 'source-check', item: e.item, itemTitle: item(e.item), prompt: e.prompt, answer: e.answer, best: e.best };
    case 'deduction':
      return { at: e.at, kind: 'deduction', items: [...e.items], itemTitles: e.items.map(item), correct: e.correct };
    case 'board-place':
      return { at: e.at, kind: 'board-place', board: e.board, card: e.card, cell: e.cell, correct: e.correct, ...(e.lane ? { lane: e.lane } : {}) };
    case 'board-check':
      return { at: e.at, kind: 'board-check', board: e.board, placed: e.placed, confirmed: e.confirmed, marksLeft: e.marksLeft };
    default: {
      // A step of the field-pointing kind (issue 10) or any later kind: kept, in words.
      const o = e as { at: string; kind: string; cross?: string; statement?: string; item?: string; field?: string; correct?: boolean };
      if (typeof o.field === 'string' && o.cross && o.statement && o.item) {
        return { at: o.at, kind: 'point', cross: o.cross, statement: o.statement, statementText: st(o.cross, o.statement), item: o.item, itemTitle: item(o.item), field: o.field, correct: Boolean(o.correct) };
      }
      return { at: o.at, kind: 'other', what: o.kind };
    }
  }
}

export function summarize(events: readonly ReportEvent[], maxMarks = 5): CaseSummary {
  const n = (f: (e: ReportEvent) => boolean) => events.filter(f).length;
  const found = new Set(events.flatMap((e) => (e.kind === 'present' && e.correct ? [`${e.cross}/${e.statement}`] : [])));
  const checks = sourceCheckScore(events);
  let marksLost = 0;
  let last: Record<string, number> = {};
  for (const e of events) {
    if (e.kind === 'cross-start' || e.kind === 'cross-restart') last = { ...last, [e.cross]: maxMarks };
    if (e.kind === 'present') {
      const before = last[e.cross] ?? maxMarks;
      if (e.marksLeft < before) marksLost += before - e.marksLeft;
      last = { ...last, [e.cross]: e.marksLeft };
    }
  }
  return {
    contradictionsFound: found.size,
    wrongPresents: n((e) => e.kind === 'present' && !e.correct && !e.close),
    closePresents: n((e) => e.kind === 'present' && !e.correct && Boolean(e.close)),
    presses: n((e) => e.kind === 'press'),
    hintsUsed: n((e) => e.kind === 'hint'),
    restarts: n((e) => e.kind === 'cross-restart'),
    marksLost,
    fieldsPointed: n((e) => e.kind === 'point'),
    fieldsRight: n((e) => e.kind === 'point' && e.correct),
    sourceChecks: checks.asked,
    sourceChecksFirstTry: checks.firstTry,
    boardWrongPlacements: n((e) => e.kind === 'board-place' && e.correct === false),
    boardChecks: n((e) => e.kind === 'board-check'),
    boardFailedChecks: n((e) => e.kind === 'board-check' && e.confirmed === 0),
    deductionWrongTries: n((e) => (e.kind === 'deduction' && !e.correct) || (e.kind === 'source-check' && e.prompt === CONCLUSION_PROMPT && !e.best)),
  };
}

function caseReport(facts: CaseFacts, progress: CaseProgress | null, answers: ReportAnswer[], maxMarks: number): CaseReport {
  const log = progress?.log ?? [];
  const finishedBoards = new Set(log.flatMap((e) => (e.kind === 'board-complete' ? [e.board] : [])));
  const events = log.map((e) => toEvent(facts, e)).map((e) => {
    if (e.kind !== 'board-place' || finishedBoards.has(e.board)) return e;
    const { correct: _hidden, ...rest } = e;
    return rest;
  });
  const startedAt = log.find((e) => e.kind === 'case-start')?.at ?? log[0]?.at ?? null;
  const lastActivityAt = log.length ? log[log.length - 1].at : null;
  const secondsSpent = startedAt && lastActivityAt ? Math.max(0, Math.round((Date.parse(lastActivityAt) - Date.parse(startedAt)) / 1000)) : 0;
  return {
    caseId: facts.id,
    caseTitle: facts.title,
    contentVersion: progress?.contentVersion ?? facts.contentVersion,
    contradictions: facts.statements.filter((s) => s.contradiction).length,
    played: log.length > 0,
    mode: progress?.mode ?? null,
    hintsAllowed: progress ? progress.hintsAllowed : null,
    startedAt,
    lastActivityAt,
    secondsSpent,
    finished: log.some((e) => e.kind === 'case-end'),
    summary: summarize(events, maxMarks),
    events,
    answers: answers.map((a) => ({ question: a.question, answer: a.answer.trim() })),
  };
}

export function sealReport(body: Omit<StudentReport, 'seal'>): string {
  return sealOf(SEAL_PURPOSE, body);
}

export function buildReport(input: ReportInput): StudentReport {
  const body: Omit<StudentReport, 'seal'> = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    game: GAME_NAME,
    student: input.student.replace(/\s+/g, ' ').trim(),
    assignment: input.assignment,
    assignmentCode: input.assignment ? encodeAssignment(input.assignment) : null,
    createdAt: (input.now ?? new Date()).toISOString(),
    maxMarks: input.maxMarks,
    cases: input.cases.map((c) => caseReport(c.facts, c.progress, c.answers, input.maxMarks)),
  };
  return { ...body, seal: sealReport(body) };
}

/** Totals over every case of the report. */
export function reportTotals(r: Pick<StudentReport, 'cases'>): { found: number; of: number; wrongPresents: number; hintsUsed: number; seconds: number; finished: number } {
  return r.cases.reduce(
    (t, c) => ({
      found: t.found + c.summary.contradictionsFound,
      of: t.of + c.contradictions,
      wrongPresents: t.wrongPresents + c.summary.wrongPresents,
      hintsUsed: t.hintsUsed + c.summary.hintsUsed,
      seconds: t.seconds + c.secondsSpent,
      finished: t.finished + (c.finished ? 1 : 0),
    }),
    { found: 0, of: 0, wrongPresents: 0, hintsUsed: 0, seconds: 0, finished: 0 },
  );
}

export function reportToJson(report: StudentReport): string {
  return JSON.stringify(report, null, 2);
}

function safe(s: string): string {
  return s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
}

/** A file name a teacher can sort by: student, class (or the cases), date. */
export function reportFileName(report: StudentReport): string {
  const what = report.assignment?.className ? safe(report.assignment.className) : report.cases.map((c) => c.caseId).join('+');
  return `exhibit-1937-report-${safe(report.student) || 'student'}-${what || 'cases'}-${report.createdAt.slice(0, 10)}.json`;
}

export type ReadResult = { ok: true; report: StudentReport; sealed: boolean } | { ok: false; reason: string };

/** Reads a report file. Anything else (another game, a newer format, a damaged file) says why.
 *  `sealed` is false when the file was changed after the game wrote it. */
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
    return { ok: false, reason: r.format === 'exhibit-1937-save' || r.format === 'exhibit-1937-save-file' ? 'This is a saved game, not a report.' : 'The file is not an Exhibit 1937 report.' };
  }
  if (typeof r.version !== 'number' || r.version > REPORT_VERSION) return { ok: false, reason: `The report was made by a newer version of the game (report format ${String(r.version)}).` };
  if (r.version < REPORT_VERSION) return { ok: false, reason: `The report was made by an older version of the game (one file per case). Ask the student to open the game again and download the report once more.` };
  if (typeof r.student !== 'string' || typeof r.createdAt !== 'string' || !Array.isArray(r.cases) || typeof r.seal !== 'string') {
    return { ok: false, reason: 'The report is incomplete or damaged.' };
  }
  for (const c of r.cases as unknown[]) {
    const k = c as Partial<CaseReport> | null;
    if (!k || typeof k !== 'object' || typeof k.caseId !== 'string' || typeof k.caseTitle !== 'string' || typeof k.contradictions !== 'number'
      || !Array.isArray(k.events) || !Array.isArray(k.answers) || typeof k.finished !== 'boolean' || typeof k.secondsSpent !== 'number') {
      return { ok: false, reason: 'The report is damaged: one of its cases cannot be read.' };
    }
    if (k.events.some((e) => !e || typeof e !== 'object' || typeof (e as ReportEvent).kind !== 'string' || typeof (e as ReportEvent).at !== 'string')) {
      return { ok: false, reason: 'The report is damaged: one of its recorded steps cannot be read.' };
    }
  }
  const report = r as StudentReport;
  const { seal, ...body } = report;
  const sealed = sealReport(body) === seal;
  // The summaries are recomputed from the steps, so an edited total cannot mislead the teacher.
  return { ok: true, sealed, report: { ...report, cases: report.cases.map((c) => ({ ...c, summary: summarize(c.events, report.maxMarks ?? 5) })) } };
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return seconds <= 0 ? '0 min' : 'under 1 min';
  const m = Math.round(seconds / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** "1 contradiction", "2 contradictions": `plural(2, 'contradiction')`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
