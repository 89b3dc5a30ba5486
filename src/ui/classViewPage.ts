// The class view (#class): a gradebook. The teacher opens a whole class's report files at once
// (file picker or drag and drop): one row per student, found N of M, flags, every answer side
// by side, the statements that took the most wrong presents, CSV export. The files stay in
// this browser's IndexedDB until the teacher clears the class; nothing is uploaded.
import { gradebookCsv, GUESS_MIN_WRONG, GUESS_RATIO, summarizeClass, type ClassSummary, type Flag, type HardStatement, type ReportFile } from '../classroom/classView';
import { decodeAssignment } from '../classroom/assignment';
import { forgetClass, keepClass, loadClass } from '../classroom/classStore';
import { formatDuration, plural } from '../classroom/report';
import { CASES } from '../content/caseList';
import { h } from './dom';
import { button, downloadFile, openPage, say, toolbar } from './classroomPage';
import { formatDue, reportBody } from './reportView';

export interface ClassViewActions {
  back(): void;
  teacher(): void;
  /** The content version of every case in this build. */
  versions(): Promise<Record<string, string>>;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function short(text: string, n = 70): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** Horizontal bars: wrong presents per statement. The table after it carries the same data. */
export function hardestChart(items: readonly HardStatement[]): SVGSVGElement {
  const top = items.slice(0, 8);
  const max = Math.max(1, ...top.map((s) => s.wrongPresents));
  const rowH = 46;
  const labelW = 520;
  const barW = 300;
  const width = labelW + barW + 50;
  const height = top.length * rowH + 10;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'cr-chart', 'aria-labelledby': 'chart-title' });
  root.append(svg('title', { id: 'chart-title' }, `Bar chart: the statements that took the most wrong presents. Most: “${short(top[0]?.statementText ?? '', 60)}”, ${top[0]?.wrongPresents ?? 0}. The table below gives every value.`));
  top.forEach((s, i) => {
    const y = i * rowH + 6;
    const w = Math.max(4, (s.wrongPresents / max) * barW);
    root.append(
      svg('text', { x: 0, y: y + 15, class: 'chart-case' }, `${s.caseTitle} · ${s.statement}`),
      svg('text', { x: 0, y: y + 33, class: 'chart-label' }, short(s.statementText)),
      svg('rect', { x: labelW, y: y + 6, width: w, height: 26, fill: '#b3261e', stroke: '#1b1a17', 'stroke-width': 2 }),
      svg('text', { x: labelW + w + 8, y: y + 25, class: 'chart-value' }, String(s.wrongPresents)),
    );
  });
  return root;
}

function flagList(flags: readonly Flag[]): HTMLElement | string {
  if (!flags.length) return '—';
  return h('ul', { class: 'flags' }, ...flags.map((f) => h('li', { class: `flag flag-${f.kind}`, 'data-flag': f.kind }, f.text)));
}

function resultView(sum: ClassSummary, open: (i: number) => void): HTMLElement {
  const out = h('div', { class: 'class-results' });
  const a = sum.assignmentCode ? decodeAssignment(sum.assignmentCode) : null;
  out.append(h('p', { class: 'class-assignment', id: 'class-assignment' },
    a?.ok
      ? `Graded against the assignment${a.assignment.className ? ` for ${a.assignment.className}` : ''}: ${a.assignment.cases.map((c) => CASES.find((k) => k.id === c)?.title ?? c).join(', ')}, ${a.assignment.mode} mode, hints ${a.assignment.hints ? 'on' : 'off'}${a.assignment.due ? `, due ${formatDue(a.assignment.due)}` : ''}.`
      : 'No report carries an assignment: these were played without an assignment link.'));
  out.append(h('h2', { id: 'students-heading' }, `Gradebook: ${plural(sum.rows.length, 'student')}`));
  if (sum.rows.length) {
    out.append(
      h('div', { class: 'table-scroll' },
        h('table', { class: 'cr-table class-table', 'aria-labelledby': 'students-heading' },
          h('thead', {}, h('tr', {},
            ...['Student', 'Contradictions found', 'Wrong presents', 'Hints used', 'Time', 'Cases finished', 'Reports', 'Flags', 'Report'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, ...sum.rows.map((r, i) => h('tr', { 'data-student': r.student, class: r.flags.length ? 'flagged' : '' },
            h('th', { scope: 'row' }, r.student, r.className ? h('span', { class: 'cr-sub' }, ` (${r.className})`) : null),
            h('td', { class: 'num found' }, `${r.found} of ${r.of}`),
            h('td', { class: 'num' }, String(r.wrongPresents),
              h('span', { class: 'cr-sub' }, ` (${r.wrongPerFound.toFixed(1)} per found)`),
              r.guessing ? h('span', { class: 'guessing', 'data-guessing': 'true' }, ' guessing') : null),
            h('td', { class: 'num' }, String(r.hintsUsed)),
            h('td', { class: 'nowrap' }, formatDuration(r.seconds)),
            h('td', { class: 'num' }, `${r.casesFinished} of ${r.newest.report.cases.length}`),
            h('td', { class: 'reports' }, r.older.length
              ? `${1 + r.older.length}: the newest is used (${when(r.newest.report.createdAt)})`
              : '1'),
            h('td', {}, flagList(r.flags)),
            h('td', {}, button('Open', () => open(i), { 'aria-label': `Open the report of ${r.student}` })),
          ))),
        ),
      ),
      h('p', { class: 'cr-help' }, `“Guessing”: at least ${GUESS_MIN_WRONG} wrong presents and ${GUESS_RATIO} or more per contradiction found. Such students are left out of “hardest statements”.`),
    );
  } else out.append(h('p', {}, 'No report could be used yet.'));

  out.append(h('h2', { id: 'answers-heading' }, 'Discussion questions: every answer side by side'));
  if (sum.questions.length) {
    sum.questions.forEach((q, qi) => {
      out.append(
        h('section', { class: 'question-answers', 'data-question': q.question },
          h('h3', { id: `q-heading-${qi}` }, q.question, h('span', { class: 'cr-sub' }, ` (${q.caseTitle})`)),
          h('table', { class: 'cr-table answers-table', 'aria-labelledby': `q-heading-${qi}` },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Student'), h('th', { scope: 'col' }, 'Answer'))),
            h('tbody', {}, ...q.answers.map((x) => h('tr', { 'data-student': x.student },
              h('th', { scope: 'row' }, x.student),
              h('td', { class: 'answer' }, x.answer || h('span', { class: 'cr-sub' }, '(no answer)'))))),
          ),
        ),
      );
    });
  } else out.append(h('p', {}, 'No answers to discussion questions in these reports yet.'));

  out.append(h('h2', { id: 'hardest-heading' }, 'Hardest statements: wrong presents'));
  if (sum.leftOut.length) out.append(h('p', { class: 'left-out' }, `Left out as guessing: ${sum.leftOut.join(', ')}.`));
  if (sum.hardest.length) {
    out.append(
      h('figure', { class: 'cr-figure' }, hardestChart(sum.hardest),
        h('figcaption', {}, 'Wrong presents per statement, all students together except those guessing (up to eight statements shown; the table lists all).')),
      h('table', { class: 'cr-table hardest-table', 'aria-labelledby': 'hardest-heading' },
        h('thead', {}, h('tr', {}, ...['Case', 'Statement', 'Wrong presents', 'Students', 'Items presented wrongly'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...sum.hardest.map((s) => h('tr', { 'data-statement': s.statement },
          h('td', {}, s.caseTitle),
          h('th', { scope: 'row' }, s.statementText),
          h('td', { class: 'num' }, String(s.wrongPresents)),
          h('td', { class: 'num' }, String(s.students)),
          h('td', {}, s.items.map((x) => `${x.title} (${x.count})`).join('; ')),
        ))),
      ),
    );
  } else out.append(h('p', {}, 'No wrong presents in these reports.'));

  if (sum.skipped.length) {
    out.append(
      h('h2', { id: 'skipped-heading' }, `Files not included (${sum.skipped.length})`),
      h('ul', { class: 'skipped' }, ...sum.skipped.map((s) => h('li', {}, h('strong', {}, s.file), `: ${s.reason}`))),
    );
  }
  return out;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

export function showClassView(actions: ClassViewActions): void {
  let files: ReportFile[] = [];
  let current: ClassSummary | null = null;
  const results = h('div', { id: 'class-results' });
  const status = h('p', { class: 'cr-status', role: 'status' });
  const detail = h('div', { id: 'class-detail' });
  const csvBtn = button('Export CSV', () => {
    if (!current) return;
    const a = current.assignmentCode ? decodeAssignment(current.assignmentCode) : null;
    const name = a?.ok && a.assignment.className ? a.assignment.className.replace(/[^\w-]+/g, '-').toLowerCase() : 'class';
    downloadFile(`exhibit-1937-gradebook-${name}-${new Date().toISOString().slice(0, 10)}.csv`, '\ufeff' + gradebookCsv(current), 'text/csv');
    say('The gradebook is downloading as a CSV file.');
  }, { id: 'btn-class-csv', disabled: 'true' });

  async function render(): Promise<void> {
    if (!files.length) {
      current = null;
      results.replaceChildren();
      csvBtn.disabled = true;
      return;
    }
    const sum = summarizeClass(files, { versions: await actions.versions() });
    current = sum;
    csvBtn.disabled = !sum.rows.length;
    detail.replaceChildren();
    results.replaceChildren(resultView(sum, (i) => {
      const r = sum.rows[i];
      detail.replaceChildren(
        h('section', { class: 'class-detail', 'aria-labelledby': 'detail-heading' },
          h('h2', { id: 'detail-heading', tabindex: '-1' }, `Report: ${r.student}`),
          r.flags.length ? flagList(r.flags) : null,
          r.older.length ? h('p', {}, `Older reports of ${r.student}, not used: ${r.older.map((o) => `${o.file} (${when(o.report.createdAt)})`).join('; ')}.`) : null,
          reportBody(r.newest.report, 'h3')),
      );
      (detail.querySelector('#detail-heading') as HTMLElement).focus();
    }));
    status.textContent = `${plural(files.length, 'file')} opened: ${plural(sum.rows.length, 'student')} shown${sum.skipped.length ? `, ${plural(sum.skipped.length, 'file')} not included (see the list)` : ''}. Kept in this browser until you clear the class.`;
  }

  async function add(list: FileList | File[]): Promise<void> {
    const picked = Array.from(list);
    if (!picked.length) return;
    status.textContent = `Reading ${plural(picked.length, 'file')}…`;
    for (const f of picked) {
      let text = '';
      try {
        text = await f.text();
      } catch {
        text = '';
      }
      files.push({ name: f.name, text });
    }
    await keepClass(files);
    await render();
    say(status.textContent ?? '');
  }

  const input = h('input', {
    id: 'report-files', type: 'file', multiple: true, accept: '.json,application/json', class: 'visually-hidden',
    onchange: (e: Event) => {
      const el = e.target as HTMLInputElement;
      void add(el.files ?? []).then(() => (el.value = ''));
    },
  });
  const drop = h('div', { class: 'drop-zone', id: 'drop-zone' },
    input,
    h('label', { for: 'report-files', class: 'btn primary' }, 'Open report files…'),
    h('p', {}, 'or drop them here. You can pick many files at once, and add more later (a newer report of a student replaces the older one in the gradebook).'),
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files) void add(e.dataTransfer.files);
  });

  const page = openPage('class', 'Class view: gradebook',
    toolbar(
      button('← Teacher page', actions.teacher, { id: 'btn-class-teacher' }),
      button('Back to the game', actions.back, { id: 'btn-class-back' }),
      button('Print', () => window.print(), { id: 'btn-class-print' }),
      csvBtn,
      button('Clear the class', () => {
        if (files.length && !window.confirm('Remove every report of this class from this browser?')) return;
        files = [];
        void forgetClass().then(render).then(() => {
          detail.replaceChildren();
          status.textContent = 'Cleared: no report is kept in this browser now.';
          say(status.textContent);
        });
      }, { id: 'btn-class-clear' }),
    ),
    h('p', { class: 'cr-lead' }, 'Open the report files your students handed in: one file per student covers every case of the assignment. They are read in this browser only: nothing is uploaded. The class is kept in this browser (until you press “Clear the class”), so you can close the page and come back.'),
    h('details', { class: 'cr-help seal-note' },
      h('summary', {}, 'What “edited after download”, “not from this assignment” and “copy” mean'),
      h('p', {}, 'The game seals each report with a checksum over its content and the assignment. A file changed by hand no longer matches its seal and is marked “edited after download”. A report made without your link, or under another link, is marked “not from this assignment”. Two students whose reports have the same steps at the same times are marked “copy”. This deters casual editing; it does not stop a determined forger, since the game’s code is public and a seal can be recomputed. Treat a flag as a reason to talk with the student, not as proof.'),
    ),
    drop,
    status,
    results,
    detail,
  );
  page.dataset.loading = 'true';
  void loadClass().then(async (kept) => {
    if (kept.length && !files.length) {
      files = kept;
      await render();
    }
    delete page.dataset.loading;
  });
}
