// The student report as a page: printable (print CSS in classroom.css) and downloadable as
// the JSON file the student hands in. Also used by the class view to show one student.
import { formatDuration, reportFileName, reportToJson, type ReportEvent, type StudentReport } from '../classroom/report';
import { setStudentName } from '../classroom/localStore';
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
      return { what: e.correct ? 'Presented: right' : 'Presented: wrong', statement: e.statementText, item: e.itemTitle, marks: String(e.marksLeft) };
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
      return { what: `Source check (${e.prompt}): ${e.answer}${e.best ? ' (the historian’s answer)' : ''}`, statement: '', item: e.itemTitle, marks: '' };
    case 'deduction':
      return { what: `Deduction: ${e.correct ? 'right' : 'wrong'}`, statement: '', item: e.itemTitles.join(' + '), marks: '' };
    case 'board-place':
      return { what: `Timeline board: placed ${e.card} at ${e.cell}${e.correct ? '' : ' (wrong)'}`, statement: '', item: '', marks: '' };
    default:
      return { what: (e as { what?: string }).what ?? 'Other step', statement: '', item: '', marks: '' };
  }
}

/** The report's body (no page chrome): shared by the student's page and the class view. */
export function reportBody(r: StudentReport): HTMLElement {
  const s = r.summary;
  const a = r.assignment;
  return h('div', { class: 'report' },
    h('dl', { class: 'report-facts' },
      h('dt', {}, 'Student'), h('dd', { class: 'report-student' }, r.student || '(no name given)'),
      a?.className ? h('dt', {}, 'Class') : null, a?.className ? h('dd', {}, a.className) : null,
      h('dt', {}, 'Case'), h('dd', {}, r.caseTitle),
      h('dt', {}, 'Settings'), h('dd', {}, `${r.mode} mode, hints ${r.hintsAllowed ? 'on' : 'off'}${a ? ' (set by the assignment)' : ''}`),
      a?.due ? h('dt', {}, 'Due') : null, a?.due ? h('dd', {}, a.due) : null,
      h('dt', {}, 'Started'), h('dd', {}, time(r.startedAt)),
      h('dt', {}, 'Time spent'), h('dd', {}, `${formatDuration(r.secondsSpent)} (start to last action, breaks included)`),
      h('dt', {}, 'Finished'), h('dd', {}, r.finished ? 'yes' : 'not yet'),
    ),
    h('h2', {}, 'Summary'),
    h('ul', { class: 'report-summary' },
      h('li', {}, h('strong', {}, String(s.contradictionsFound)), ' contradictions found'),
      h('li', {}, h('strong', {}, String(s.wrongPresents)), ' wrong presents'),
      h('li', {}, h('strong', {}, String(s.presses)), ' statements pressed'),
      h('li', {}, h('strong', {}, String(s.hintsUsed)), ' hints used'),
      h('li', {}, h('strong', {}, String(s.restarts)), ' cross-examinations restarted'),
    ),
    h('h2', {}, 'Step by step'),
    r.events.length
      ? h('table', { class: 'cr-table report-steps' },
          h('caption', { class: 'visually-hidden' }, 'Every step, with the time, the statement, the item presented and the credibility marks left'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'What'), h('th', { scope: 'col' }, 'Statement'), h('th', { scope: 'col' }, 'Item presented'), h('th', { scope: 'col' }, `Credibility (of ${r.maxMarks})`))),
          h('tbody', {}, ...r.events.map((e) => {
            const d = describe(e);
            return h('tr', { class: e.kind === 'present' ? (e.correct ? 'right' : 'wrong') : e.kind },
              h('td', { class: 'nowrap' }, clock(e.at)), h('td', {}, d.what), h('td', {}, d.statement), h('td', {}, d.item), h('td', {}, d.marks));
          })),
        )
      : h('p', {}, 'Nothing recorded yet.'),
    h('h2', {}, 'Answers to the discussion questions'),
    r.answers.length
      ? h('dl', { class: 'report-answers' }, ...r.answers.flatMap((x) => [h('dt', {}, x.question), h('dd', {}, x.answer || '(no answer written)')]))
      : h('p', {}, r.finished ? 'This case asked no discussion questions.' : 'The discussion questions come at the end of the case.'),
    h('p', { class: 'report-version' }, `${r.game} · report format ${r.version} · case version ${r.contentVersion} · made ${time(r.createdAt)}`),
  );
}

/**
 * The student's own report page. `rebuild` makes the report again (after the name changes).
 */
export function showReport(build: () => StudentReport, opts: { onClose: () => void; studentName: string }): void {
  let report = build();
  const body = h('div', {}, reportBody(report));
  const name = h('input', {
    id: 'report-name', type: 'text', autocomplete: 'name', maxlength: 80, value: opts.studentName,
    onchange: (e: Event) => {
      setStudentName((e.target as HTMLInputElement).value);
      report = build();
      body.replaceChildren(reportBody(report));
    },
  });
  openPage('report', `Your report: ${report.caseTitle}`,
    toolbar(
      button('← Back to the game', opts.onClose, { id: 'btn-report-back' }),
      button('Download the report file', () => {
        setStudentName(name.value);
        report = build();
        body.replaceChildren(reportBody(report));
        downloadFile(reportFileName(report), reportToJson(report));
        say('The report file is downloading. Hand it in to your teacher.');
      }, { id: 'btn-download-report', class: 'primary' }),
      button('Print', () => window.print(), { id: 'btn-print-report' }),
    ),
    h('p', { class: 'cr-lead no-print' }, 'This report stays on this device. To hand it in, download the file and give it to your teacher (for example through your class page). Nothing is sent anywhere by the game.'),
    h('div', { class: 'cr-field no-print' }, h('label', { for: 'report-name' }, 'Your name'), name),
    body,
  );
}
