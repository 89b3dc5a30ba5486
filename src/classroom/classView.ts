// The class view's logic (pure): many report files in, a gradebook out. One row per student
// (several reports of one student merged: the newest counts, the others are listed), found N
// of M, a guessing indicator, every discussion answer side by side, the statements that took
// the most wrong presents (guessers left out), flags for edited, foreign and copied reports,
// and every file that could not be used with the reason.
import Papa from 'papaparse';
import { nameKey } from './players';
import { formatDuration, readReport, reportTotals, type StudentReport } from './report';
import { sha256Hex } from './seal';

export interface ReportFile {
  name: string;
  text: string;
}

export interface OpenedReport {
  file: string;
  report: StudentReport;
  sealed: boolean;
}

export type FlagKind = 'edited' | 'other-assignment' | 'copy' | 'other-version';
export interface Flag {
  kind: FlagKind;
  text: string;
}

/** Wrong presents per contradiction found at or above which a student counts as guessing. */
export const GUESS_RATIO = 3;
/** …provided there are at least this many wrong presents (a slip or two is not guessing). */
export const GUESS_MIN_WRONG = 8;

export interface StudentRow {
  key: string;
  student: string;
  className: string | null;
  /** The report that counts (the newest). */
  newest: OpenedReport;
  /** Every other report of this student, newest first. */
  older: OpenedReport[];
  found: number;
  of: number;
  wrongPresents: number;
  /** Wrong presents per contradiction found (wrong presents when none was found). */
  wrongPerFound: number;
  guessing: boolean;
  hintsUsed: number;
  seconds: number;
  casesFinished: number;
  flags: Flag[];
}

export interface HardStatement {
  caseId: string;
  caseTitle: string;
  cross: string;
  statement: string;
  statementText: string;
  wrongPresents: number;
  /** How many students presented something wrong here at least once. */
  students: number;
  /** The wrong items, most frequent first. */
  items: Array<{ title: string; count: number }>;
}

export interface QuestionAnswers {
  caseId: string;
  caseTitle: string;
  question: string;
  answers: Array<{ student: string; answer: string }>;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ClassSummary {
  /** The assignment the class is graded against (as its link carries it), or null. */
  assignmentCode: string | null;
  rows: StudentRow[];
  questions: QuestionAnswers[];
  hardest: HardStatement[];
  /** Students left out of "hardest statements" because they were guessing. */
  leftOut: string[];
  skipped: SkippedFile[];
}

export interface ClassOptions {
  /** The content version of each case in this build of the game. */
  versions: Readonly<Record<string, string>>;
  /** The assignment the teacher grades against; by default the one most sealed reports carry. */
  assignmentCode?: string | null;
}

function fingerprint(r: StudentReport): string | null {
  const steps = r.cases.flatMap((c) => c.events.map((e) => [c.caseId, e.at, e.kind, 'statement' in e ? e.statement : '', 'item' in e ? e.item : ''].join('|')));
  return steps.length >= 3 ? sha256Hex(steps.join('\n')) : null;
}

function mostCommon(values: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function openReports(files: readonly ReportFile[]): { opened: OpenedReport[]; skipped: SkippedFile[] } {
  const opened: OpenedReport[] = [];
  const skipped: SkippedFile[] = [];
  const seals = new Map<string, string>();
  for (const f of files) {
    const r = readReport(f.text);
    if (!r.ok) {
      skipped.push({ file: f.name, reason: r.reason });
      continue;
    }
    const same = seals.get(r.report.seal);
    if (same !== undefined && r.sealed) {
      skipped.push({ file: f.name, reason: `${r.report.student || 'A student'}: the same report as ${same}; it is counted once.` });
      continue;
    }
    if (r.sealed) seals.set(r.report.seal, f.name);
    opened.push({ file: f.name, report: r.report, sealed: r.sealed });
  }
  return { opened, skipped };
}

export function summarizeClass(files: readonly ReportFile[], opts: ClassOptions): ClassSummary {
  const { opened, skipped } = openReports(files);
  const assignmentCode = opts.assignmentCode !== undefined && opts.assignmentCode !== null
    ? opts.assignmentCode
    : mostCommon(opened.filter((o) => o.sealed).map((o) => o.report.assignmentCode));

  const groups = new Map<string, OpenedReport[]>();
  for (const o of opened) {
    const k = nameKey(o.report.student) || `(no name) ${o.file}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const rows: StudentRow[] = [...groups].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => b.report.createdAt.localeCompare(a.report.createdAt) || Number(b.sealed) - Number(a.sealed));
    const [newest, ...older] = sorted;
    const r = newest.report;
    const t = reportTotals(r);
    const flags: Flag[] = [];
    const edited = sorted.filter((o) => !o.sealed);
    if (!newest.sealed) flags.push({ kind: 'edited', text: 'edited after download: this file does not match the seal the game put on it' });
    else if (edited.length) flags.push({ kind: 'edited', text: `an older file of this student was edited after download (${edited.map((o) => o.file).join(', ')})` });
    if (!r.assignmentCode) flags.push({ kind: 'other-assignment', text: 'not from this assignment: played without the assignment link (settings chosen by the student)' });
    else if (assignmentCode && r.assignmentCode !== assignmentCode) flags.push({ kind: 'other-assignment', text: 'not from this assignment: made under another assignment link' });
    const otherVersion = r.cases.filter((c) => c.played && opts.versions[c.caseId] !== undefined && c.contentVersion !== opts.versions[c.caseId]);
    if (otherVersion.length) flags.push({ kind: 'other-version', text: `played with another version of ${otherVersion.map((c) => `“${c.caseTitle}”`).join(', ')}: statements may differ` });
    return {
      key,
      student: r.student || '(no name)',
      className: r.assignment?.className ?? null,
      newest,
      older,
      found: t.found,
      of: t.of,
      wrongPresents: t.wrongPresents,
      wrongPerFound: t.found ? t.wrongPresents / t.found : t.wrongPresents,
      guessing: t.wrongPresents >= GUESS_MIN_WRONG && (t.found ? t.wrongPresents / t.found : Infinity) >= GUESS_RATIO,
      hintsUsed: t.hintsUsed,
      seconds: t.seconds,
      casesFinished: t.finished,
      flags,
    };
  });
  rows.sort((a, b) => a.student.localeCompare(b.student));

  // The same steps at the same times under two names: a copied file.
  const byPrint = new Map<string, StudentRow[]>();
  for (const row of rows) {
    for (const o of [row.newest, ...row.older]) {
      const p = fingerprint(o.report);
      if (!p) continue;
      const list = byPrint.get(p) ?? [];
      if (!list.includes(row)) list.push(row);
      byPrint.set(p, list);
    }
  }
  for (const list of byPrint.values()) {
    if (list.length < 2) continue;
    for (const row of list) {
      const others = list.filter((x) => x !== row).map((x) => x.student);
      if (!row.flags.some((f) => f.kind === 'copy')) row.flags.push({ kind: 'copy', text: `copy: the same steps at the same times as ${others.join(', ')}` });
    }
  }

  const counted = rows.filter((r) => !r.guessing);
  return {
    assignmentCode,
    rows,
    questions: questionsSideBySide(rows),
    hardest: hardestStatements(counted, opts.versions),
    leftOut: rows.filter((r) => r.guessing).map((r) => r.student),
    skipped,
  };
}

export function questionsSideBySide(rows: readonly StudentRow[]): QuestionAnswers[] {
  const out: QuestionAnswers[] = [];
  for (const row of rows) {
    for (const c of row.newest.report.cases) {
      for (const a of c.answers) {
        let q = out.find((x) => x.caseId === c.caseId && x.question === a.question);
        if (!q) out.push((q = { caseId: c.caseId, caseTitle: c.caseTitle, question: a.question, answers: [] }));
      }
    }
  }
  for (const q of out) {
    q.answers = rows.map((row) => {
      const c = row.newest.report.cases.find((k) => k.caseId === q.caseId);
      return { student: row.student, answer: c?.answers.find((a) => a.question === q.question)?.answer ?? '' };
    });
  }
  return out;
}

export function hardestStatements(rows: readonly StudentRow[], versions: Readonly<Record<string, string>> = {}): HardStatement[] {
  const map = new Map<string, HardStatement & { who: Set<string>; itemCounts: Map<string, number> }>();
  for (const row of rows) {
    for (const c of row.newest.report.cases) {
      if (versions[c.caseId] !== undefined && c.contentVersion !== versions[c.caseId]) continue;
      for (const e of c.events) {
        if (e.kind !== 'present' || e.correct || e.close) continue;
        const key = `${c.caseId}/${e.cross}/${e.statement}`;
        let s = map.get(key);
        if (!s) {
          s = {
            caseId: c.caseId, caseTitle: c.caseTitle, cross: e.cross, statement: e.statement, statementText: e.statementText,
            wrongPresents: 0, students: 0, items: [], who: new Set(), itemCounts: new Map(),
          };
          map.set(key, s);
        }
        s.wrongPresents += 1;
        s.who.add(row.key);
        s.itemCounts.set(e.itemTitle, (s.itemCounts.get(e.itemTitle) ?? 0) + 1);
      }
    }
  }
  return [...map.values()]
    .map(({ who, itemCounts, ...s }) => ({
      ...s,
      students: who.size,
      items: [...itemCounts].map(([title, count]) => ({ title, count })).sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
    }))
    .sort((a, b) => b.wrongPresents - a.wrongPresents || b.students - a.students || a.statementText.localeCompare(b.statementText));
}

/** The gradebook as rows of cells: a header row, then one row per student. */
export function gradebookTable(sum: ClassSummary): string[][] {
  const caseCols = new Map<string, string>();
  for (const r of sum.rows) for (const c of r.newest.report.cases) if (!caseCols.has(c.caseId)) caseCols.set(c.caseId, c.caseTitle);
  const header = [
    'Student', 'Class', 'Reports handed in', 'Report used (made at)', 'Contradictions found', 'Of',
    'Wrong presents', 'Wrong presents per contradiction found', 'Guessing', 'Hints used', 'Time (minutes)', 'Cases finished',
    ...[...caseCols].flatMap(([, t]) => [`${t}: found`, `${t}: of`, `${t}: finished`, `${t}: minutes`]),
    'Flags',
    ...sum.questions.map((q) => `${q.caseTitle}: ${q.question}`),
  ];
  const rows = sum.rows.map((r) => [
    r.student, r.className ?? '', String(1 + r.older.length), r.newest.report.createdAt, String(r.found), String(r.of),
    String(r.wrongPresents), r.wrongPerFound.toFixed(1), r.guessing ? 'yes' : 'no', String(r.hintsUsed), String(Math.round(r.seconds / 60)), String(r.casesFinished),
    ...[...caseCols].flatMap(([id]) => {
      const c = r.newest.report.cases.find((k) => k.caseId === id);
      return c ? [String(c.summary.contradictionsFound), String(c.contradictions), c.finished ? 'yes' : 'no', String(Math.round(c.secondsSpent / 60))] : ['', '', '', ''];
    }),
    r.flags.map((f) => f.text).join('; '),
    ...sum.questions.map((q) => q.answers.find((a) => a.student === r.student)?.answer ?? ''),
  ]);
  return [header, ...rows];
}

/** The gradebook as CSV (RFC 4180; cells that a spreadsheet would run as a formula are escaped). */
export function gradebookCsv(sum: ClassSummary): string {
  return Papa.unparse(gradebookTable(sum), { escapeFormulae: true, newline: '\r\n' });
}

export function describeTime(seconds: number): string {
  return formatDuration(seconds);
}
