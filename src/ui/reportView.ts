// The student report as a page: printable (print CSS in classroom.css) and downloadable as
// the JSON file the student hands in. Also used by the class view to show one student.
import { CONCLUSION_PROMPT } from '../story/sourceCheck';
import { formatDuration, plural, reportFileName, reportToJson, reportTotals, type CaseReport, type ReportEvent, type StudentReport } from '../classroom/report';
import { h } from './dom';
import { button, downloadFile, openPage, say, toolbar } from './classroomPage';

function time(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

function clock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function describe(e: ReportEvent): { what: string; statement: string; item: string; marks: string } {
  switch (e.kind) {
    case 'press':
      return { what: 'Pressed', statement: e.statementText, item: '', marks: '' };
    case 'present':
      return { what: e.correct ? 'Presented: right' : e.close ? 'Presented: close, no mark lost' : 'Presented: wrong', statement: e.statementText, item: e.itemTitle, marks: String(e.marksLeft) };
    case 'hint':
      return { what: `Hint, step ${e.step} of 3`, statement: e.statementText, item: '', marks: '' };
    case 'choice':
      return { what: `Chose: ${e.text}`, statement: '', item: '', marks: '' };
    case 'cross-start':
      return { what: `Cross-examination began: ${e.crossTitle}`, statement: '', item: '', marks: '' };
    case 'cross-restart':
      return { what: `Credibility ran out; began again: ${e.crossTitle}`, statement: '', item: '', marks: '' };
    case 'cross-solved':
      return { what: `Cross-examination solved: ${e.crossTitle}`, statement: '', item: '', marks: '' };
    case 'case-start':
      return { what: 'Case started', statement: '', item: '', marks: '' };
    case 'case-end':
      return { what: 'Case finished', statement: '', item: '', marks: '' };
    case 'source-check':
      if (e.prompt === CONCLUSION_PROMPT) return { what: `Deduction, conclusion chosen: ${e.answer}${e.best ? ' (right)' : ' (not yet)'}`, statement: '', item: e.itemTitle, marks: '' };
      return { what: `Source check (${e.prompt}): ${e.answer}${e.best ? ' (the historian’s answer)' : ''}`, statement: '', item: e.itemTitle, marks: '' };
    case 'deduction':
      return { what: `Deduction: ${e.correct ? 'right' : 'wrong'}`, statement: '', item: e.itemTitles.join(' + '), marks: '' };
    case 'point':
      return { what: `Pointed at a field: ${e.field}${e.correct ? '' : ' (not the one)'}`, statement: e.statementText, item: e.itemTitle, marks: '' };
    case 'board-place':
      return { what: `Timeline board: placed ${e.card} at ${e.cell}${e.lane ? `, row ${e.lane}` : ''}${e.correct === false ? ' (wrong)' : ''}`, statement: '', item: '', marks: '' };
    case 'board-check':
      return { what: `Timeline board: checked ${e.placed} placement${e.placed === 1 ? '' : 's'}, ${e.confirmed ? `${e.confirmed} confirmed` : 'none confirmed'}`, statement: '', item: '', marks: String(e.marksLeft) };
    default:
      return { what: (e as { what?: string }).what ?? 'Other step', statement: '', item: '', marks: '' };
  }
}

/** One case of the report. */
function caseSection(c: CaseReport, maxMarks: number, headingLevel: 'h2' | 'h3'): HTMLElement {
  const s = c.summary;
  const sub = headingLevel === 'h2' ? 'h3' : 'h4';
  return h('section', { class: 'report-case', 'data-case': c.caseId },
    h(headingLevel, {}, c.caseTitle),
    !c.played
      ? h('p', {}, 'Not started yet.')
      : h('div', {},
          h('dl', { class: 'report-facts' },
            h('dt', {}, 'Contradictions found'), h('dd', { class: 'report-found' }, `${s.contradictionsFound} of ${c.contradictions}`),
            h('dt', {}, 'Settings'), h('dd', {}, `${c.mode ?? '—'} mode, hints ${c.hintsAllowed ? 'on' : 'off'}`),
            h('dt', {}, 'Started'), h('dd', {}, time(c.startedAt)),
            h('dt', {}, 'Time spent'), h('dd', {}, `${formatDuration(c.secondsSpent)} (start to last action, breaks included)`),
            h('dt', {}, 'Finished'), h('dd', {}, c.finished ? 'yes' : 'not yet'),
          ),
          h('ul', { class: 'report-summary' },
            h('li', {}, plural(s.wrongPresents, 'wrong present')),
            s.closePresents ? h('li', {}, `${plural(s.closePresents, 'close present')} (no mark lost)`) : null,
            h('li', {}, `${plural(s.marksLost, 'credibility mark')} lost`),
            h('li', {}, `${plural(s.presses, 'statement')} pressed`),
            h('li', {}, plural(s.hintsUsed, 'hint') + ' used'),
            s.fieldsPointed ? h('li', {}, `${plural(s.fieldsPointed, 'field')} pointed at, ${s.fieldsRight} right`) : null,
            s.sourceChecks ? h('li', { class: 'report-source-checks' }, `Source checks: ${s.sourceChecksFirstTry ?? 0} of ${s.sourceChecks} right at the first try`) : null,
            s.boardChecks ? h('li', { class: 'report-board-checks' }, `Timeline boards: ${plural(s.boardChecks, 'check')}, ${s.boardFailedChecks ?? 0} of them confirming nothing; ${plural(s.boardWrongPlacements ?? 0, 'card')} put on a wrong day or row along the way`) : s.boardWrongPlacements ? h('li', {}, `Timeline board: ${plural(s.boardWrongPlacements, 'card')} tried on a wrong day`) : null,
            s.deductionWrongTries ? h('li', {}, `Deductions: ${plural(s.deductionWrongTries, 'wrong try', 'wrong tries')} (pairs or conclusions)`) : null,
            h('li', {}, `${plural(s.restarts, 'cross-examination')} restarted`),
          ),
          h(sub, {}, 'Answers to the discussion questions'),
          c.answers.length
            ? h('dl', { class: 'report-answers' }, ...c.answers.flatMap((x) => [h('dt', {}, x.question), h('dd', {}, x.answer || '(no answer written)')]))
            : h('p', {}, c.finished ? 'No discussion question seen.' : 'The discussion questions come at the end of the case.'),
          h('details', { class: 'report-steps-box' },
            h('summary', {}, `Step by step (${plural(c.events.length, 'step')})`),
            h('table', { class: 'cr-table report-steps' },
              h('caption', { class: 'visually-hidden' }, `${c.caseTitle}: every step, with the time, the statement, the item presented and the credibility marks left`),
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'What'), h('th', { scope: 'col' }, 'Statement'), h('th', { scope: 'col' }, 'Item presented'), h('th', { scope: 'col' }, `Credibility (of ${maxMarks})`))),
              h('tbody', {}, ...c.events.map((e) => {
                const d = describe(e);
                return h('tr', { class: e.kind === 'present' ? (e.correct ? 'right' : e.close ? 'close' : 'wrong') : e.kind },
                  h('td', { class: 'nowrap' }, clock(e.at)), h('td', {}, d.what), h('td', {}, d.statement), h('td', {}, d.item), h('td', {}, d.marks));
              })),
            ),
          ),
        ),
  );
}

/** The report's body (no page chrome): shared by the student's page and the class view. */
export function reportBody(r: StudentReport, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const a = r.assignment;
  const t = reportTotals(r);
  return h('div', { class: 'report' },
    h('dl', { class: 'report-facts' },
      h('dt', {}, 'Student'), h('dd', { class: 'report-student' }, r.student || '(no name given)'),
      a?.className ? h('dt', {}, 'Class') : null, a?.className ? h('dd', {}, a.className) : null,
      h('dt', {}, 'Assignment'), h('dd', {}, a ? `${a.mode} mode, hints ${a.hints ? 'on' : 'off'} (set by the teacher’s link)` : 'none: played without an assignment link'),
      a?.due ? h('dt', {}, 'Due') : null, a?.due ? h('dd', {}, formatDue(a.due)) : null,
      h('dt', {}, 'Contradictions found'), h('dd', { class: 'report-total' }, `${t.found} of ${t.of}, in ${plural(r.cases.length, 'case')} (${t.finished} finished)`),
      h('dt', {}, 'Time spent'), h('dd', {}, formatDuration(t.seconds)),
    ),
    ...r.cases.map((c) => caseSection(c, r.maxMarks, headingLevel)),
    h('p', { class: 'report-version' }, `${r.game} · report format ${r.version} · made ${time(r.createdAt)} · seal ${r.seal.slice(0, 12)}…`),
  );
}

/** A due date from the teacher page's date field (YYYY-MM-DD) in words; other text as it is. */
export function formatDue(due: string): string {
  if (!/^\d{4}-\d\d-\d\d$/.test(due)) return due;
  const d = new Date(`${due}T12:00:00`);
  return Number.isNaN(d.getTime()) ? due : d.toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The student's own report page: one report for the whole assignment. `build` makes it
 * (reading the progress of every assigned case); the name is the player's and not edited here.
 */
export function showReport(build: () => Promise<StudentReport>, opts: { onClose: () => void }): void {
  const body = h('div', { 'aria-busy': 'true' }, h('p', {}, 'Making your report…'));
  let report: StudentReport | null = null;
  const download = button('Download the report file', () => {
    if (!report) return;
    downloadFile(reportFileName(report), reportToJson(report));
    say('The report file is downloading. Hand it in to your teacher.');
  }, { id: 'btn-download-report', class: 'primary', disabled: 'true' });
  openPage('report', 'Your report',
    toolbar(
      button('← Back to the game', opts.onClose, { id: 'btn-report-back' }),
      download,
      button('Print', () => window.print(), { id: 'btn-print-report' }),
    ),
    h('p', { class: 'cr-lead no-print' }, 'One report for your whole assignment: every case in it. It stays on this device. To hand it in, download the file and give it to your teacher (for example through your class page). Nothing is sent anywhere by the game. The file is sealed: if it is changed by hand, your teacher will see that it was.'),
    body,
  );
  void build().then(
    (r) => {
      report = r;
      body.replaceChildren(reportBody(r));
      body.removeAttribute('aria-busy');
      download.disabled = false;
    },
    (e: unknown) => {
      console.error(e);
      body.replaceChildren(h('p', { class: 'cr-alert', role: 'alert' }, 'The report could not be made: a case could not be loaded. Check the connection and try again.'));
      body.removeAttribute('aria-busy');
    },
  );
}
