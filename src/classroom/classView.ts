// The class view's logic (pure): many report files in, one row per report, the statements
// that took the most wrong presents, and every file that could not be used with the reason.
import { readReport, type StudentReport } from './report';

export interface ReportFile {
  name: string;
  text: string;
}

export interface ClassRow {
  file: string;
  student: string;
  className: string | null;
  caseId: string;
  caseTitle: string;
  seconds: number;
  contradictionsFound: number;
  wrongPresents: number;
  hintsUsed: number;
  finished: boolean;
  report: StudentReport;
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

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ClassSummary {
  rows: ClassRow[];
  hardest: HardStatement[];
  skipped: SkippedFile[];
}

/**
 * @param versions the content version of each case in this build of the game; a report made
 *   with another version is listed in `skipped` with the reason, since its statements may differ.
 */
export function summarizeClass(files: readonly ReportFile[], versions: Readonly<Record<string, string>>): ClassSummary {
  const rows: ClassRow[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const r = readReport(f.text);
    if (!r.ok) {
      skipped.push({ file: f.name, reason: r.reason });
      continue;
    }
    const rep = r.report;
    const who = `${rep.student || 'A student'}, “${rep.caseTitle}”`;
    if (!(rep.caseId in versions)) {
      skipped.push({ file: f.name, reason: `${who}: this version of the game has no case “${rep.caseId}”.` });
      continue;
    }
    if (rep.contentVersion !== versions[rep.caseId]) {
      skipped.push({
        file: f.name,
        reason: `${who}: made with a different version of the case (${rep.contentVersion}, this game has ${versions[rep.caseId]}), so its statements may not match. Open it in the version the student played.`,
      });
      continue;
    }
    const key = `${rep.student}\u0000${rep.caseId}\u0000${rep.createdAt}`;
    if (seen.has(key)) {
      skipped.push({ file: f.name, reason: `${who}: the same report was opened twice; it is counted once.` });
      continue;
    }
    seen.add(key);
    rows.push({
      file: f.name,
      student: rep.student || '(no name)',
      className: rep.assignment?.className ?? null,
      caseId: rep.caseId,
      caseTitle: rep.caseTitle,
      seconds: rep.secondsSpent,
      contradictionsFound: rep.summary.contradictionsFound,
      wrongPresents: rep.summary.wrongPresents,
      hintsUsed: rep.summary.hintsUsed,
      finished: rep.finished,
      report: rep,
    });
  }
  rows.sort((a, b) => a.student.localeCompare(b.student) || a.caseId.localeCompare(b.caseId));
  return { rows, hardest: hardestStatements(rows), skipped };
}

export function hardestStatements(rows: readonly ClassRow[]): HardStatement[] {
  const map = new Map<string, HardStatement & { who: Set<string>; itemCounts: Map<string, number> }>();
  for (const row of rows) {
    for (const e of row.report.events) {
      if (e.kind !== 'present' || e.correct) continue;
      const key = `${row.caseId}/${e.cross}/${e.statement}`;
      let s = map.get(key);
      if (!s) {
        s = {
          caseId: row.caseId, caseTitle: row.caseTitle, cross: e.cross, statement: e.statement, statementText: e.statementText,
          wrongPresents: 0, students: 0, items: [], who: new Set(), itemCounts: new Map(),
        };
        map.set(key, s);
      }
      s.wrongPresents += 1;
      s.who.add(`${row.student}\u0000${row.file}`);
      s.itemCounts.set(e.itemTitle, (s.itemCounts.get(e.itemTitle) ?? 0) + 1);
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
