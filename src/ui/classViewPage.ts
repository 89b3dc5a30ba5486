// The class view (#class): the teacher opens a whole class's report files at once (file
// picker or drag and drop) and sees one row per student and the statements that took the
// most wrong presents. Files are read in this browser; nothing is uploaded.
import { summarizeClass, type ClassSummary, type HardStatement, type ReportFile } from '../classroom/classView';
import { formatDuration } from '../classroom/report';
import { h } from './dom';
import { button, openPage, say, toolbar } from './classroomPage';
import { reportBody } from './reportView';

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

function resultView(sum: ClassSummary, open: (i: number) => void): HTMLElement {
  const out = h('div', { class: 'class-results' });
  out.append(h('h2', { id: 'students-heading' }, `Students (${sum.rows.length})`));
  if (sum.rows.length) {
    out.append(
      h('table', { class: 'cr-table class-table', 'aria-labelledby': 'students-heading' },
        h('thead', {}, h('tr', {},
          ...['Student', 'Case', 'Time', 'Contradictions found', 'Wrong presents', 'Hints used', 'Finished', 'Report'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...sum.rows.map((r, i) => h('tr', { 'data-student': r.student },
          h('th', { scope: 'row' }, r.student, r.className ? h('span', { class: 'cr-sub' }, ` (${r.className})`) : null),
          h('td', {}, r.caseTitle),
          h('td', { class: 'nowrap' }, formatDuration(r.seconds)),
          h('td', { class: 'num' }, String(r.contradictionsFound)),
          h('td', { class: 'num' }, String(r.wrongPresents)),
          h('td', { class: 'num' }, String(r.hintsUsed)),
          h('td', {}, r.finished ? 'yes' : 'no'),
          h('td', {}, button('Open', () => open(i), { 'aria-label': `Open the report of ${r.student}, ${r.caseTitle}` })),
        ))),
      ),
    );
  } else out.append(h('p', {}, 'No report could be used yet.'));

  out.append(h('h2', { id: 'hardest-heading' }, 'Hardest statements: wrong presents'));
  if (sum.hardest.length) {
    out.append(
      h('figure', { class: 'cr-figure' }, hardestChart(sum.hardest),
        h('figcaption', {}, 'Wrong presents per statement, all students together (up to eight statements shown; the table lists all).')),
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

export function showClassView(actions: ClassViewActions): void {
  const files: ReportFile[] = [];
  const results = h('div', { id: 'class-results', 'aria-live': 'polite' });
  const status = h('p', { class: 'cr-status', role: 'status' });
  const detail = h('div', { id: 'class-detail' });

  async function add(list: FileList | File[]): Promise<void> {
    const picked = Array.from(list);
    if (!picked.length) return;
    status.textContent = `Reading ${picked.length} file${picked.length === 1 ? '' : 's'}…`;
    for (const f of picked) {
      try {
        files.push({ name: f.name, text: await f.text() });
      } catch {
        files.push({ name: f.name, text: '' });
      }
    }
    const sum = summarizeClass(files, await actions.versions());
    detail.replaceChildren();
    results.replaceChildren(resultView(sum, (i) => {
      const r = sum.rows[i];
      detail.replaceChildren(
        h('section', { class: 'class-detail', 'aria-labelledby': 'detail-heading' },
          h('h2', { id: 'detail-heading', tabindex: '-1' }, `Report: ${r.student}, ${r.caseTitle}`),
          reportBody(r.report)),
      );
      (detail.querySelector('#detail-heading') as HTMLElement).focus();
    }));
    status.textContent = `${files.length} file${files.length === 1 ? '' : 's'} opened: ${sum.rows.length} report${sum.rows.length === 1 ? '' : 's'} shown${sum.skipped.length ? `, ${sum.skipped.length} not included (see the list)` : ''}.`;
    say(status.textContent);
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
    h('p', {}, 'or drop them here. You can pick many files at once, and add more later.'),
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

  openPage('class', 'Class view: student reports',
    toolbar(
      button('← Teacher page', actions.teacher, { id: 'btn-class-teacher' }),
      button('Back to the game', actions.back, { id: 'btn-class-back' }),
      button('Print', () => window.print(), { id: 'btn-class-print' }),
      button('Clear', () => {
        files.length = 0;
        results.replaceChildren();
        detail.replaceChildren();
        status.textContent = 'Cleared.';
      }, { id: 'btn-class-clear' }),
    ),
    h('p', { class: 'cr-lead' }, 'Open the report files your students handed in. They are read in this browser only: nothing is uploaded, and nothing is kept after you close the page.'),
    drop,
    status,
    results,
    detail,
  );
}
