// The teacher page (#teacher): pick cases, mode, hints, language and a note; get a link and a
// QR code that open the game so configured. Everything happens in this browser.
import qrcode from 'qrcode-generator';
import { CASES } from '../content/caseList';
import { MODES, type Mode } from '../story/modes';
import { assignmentLink, LANGUAGES, makeAssignment, TEXT_LIMITS, type Language } from '../classroom/assignment';
import { h } from './dom';
import { button, openPage, say, toolbar } from './classroomPage';
import { lmsDownloadSection } from './lmsDownload';
import type { Assignment } from '../classroom/assignment';

export interface TeacherPageActions {
  back(): void;
  classView(): void;
  guide(): void;
  key?(): void;
}

export const MODE_LABEL: Record<Mode, string> = {
  study: 'Study: no credibility lost; every wrong answer explained',
  standard: 'Standard: five credibility marks per cross-examination',
  expert: 'Expert: no hints; letting a testimony pass without presenting costs a mark',
};

const SVG = 'http://www.w3.org/2000/svg';

/** The link as a QR code, drawn as inline SVG (one path, so it prints crisply). */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n + quiet * 2} ${n + quiet * 2}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('qr');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#1b1a17');
  svg.append(bg, path);
  return svg;
}

async function copyText(text: string, field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** The QR code as large as the screen allows (a projector), with a print button; Esc or Close returns. */
export function showBigQr(link: string, summary: string): void {
  if (!link) return;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog = h('dialog', { class: 'qr-large', id: 'qr-large', 'aria-labelledby': 'qr-large-heading' }) as HTMLDialogElement;
  const close = () => dialog.close();
  dialog.append(
    h('header', { class: 'qr-large-bar no-print' },
      h('h2', { id: 'qr-large-heading' }, 'Scan to open the assignment'),
      button('Print', () => window.print(), { id: 'btn-qr-print' }),
      button('Close', close, { id: 'btn-qr-close' }),
    ),
    qrSvg(link, 'QR code for the assignment link, shown large'),
    h('p', { class: 'qr-large-summary' }, summary),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    document.documentElement.classList.remove('printing-qr');
    opener?.focus();
  });
  document.getElementById('classroom-page')?.append(dialog);
  document.documentElement.classList.add('printing-qr');
  dialog.showModal();
  (dialog.querySelector('#btn-qr-close') as HTMLElement).focus();
}

export function showTeacherPage(actions: TeacherPageActions, location: { origin: string; pathname: string } = window.location): void {
  const state = { cases: new Set<string>([CASES[0].id]), mode: 'standard' as Mode, hints: true, lang: 'en' as Language, className: '', due: '', note: '' };

  const linkField = h('input', { id: 'assign-link', type: 'text', readonly: true, class: 'cr-link', 'aria-describedby': 'assign-link-help' });
  const status = h('p', { class: 'cr-status', role: 'status' });
  const qrBox = h('div', { class: 'qr-box' });
  const summary = h('p', { class: 'cr-summary', id: 'assign-link-help' });
  const copyBtn = button('Copy link', () => {
    void copyText(linkField.value, linkField).then((ok) => {
      status.textContent = ok ? 'Link copied.' : 'Copying was blocked by the browser: the link is selected, press Ctrl+C (or ⌘C) to copy it.';
      say(status.textContent);
    });
  }, { id: 'btn-copy-link', class: 'primary' });
  const openBtn = h('a', { class: 'btn', id: 'open-link', target: '_blank', rel: 'noopener' }, 'Try the link (opens a new tab)');
  const bigBtn = button('Show the QR code large (for a projector)', () => showBigQr(linkField.value, summary.textContent ?? ''), { id: 'btn-qr-large' });
  const hintsOn = h('input', { type: 'radio', name: 'hints', value: 'on', checked: true, onchange: () => { state.hints = true; update(); } });
  const hintsOff = h('input', { type: 'radio', name: 'hints', value: 'off', onchange: () => { state.hints = false; update(); } });
  const hintsNote = h('p', { class: 'cr-help', id: 'hints-note' });

  let current: { assignment: Assignment; label: string } | null = null;
  function update(): void {
    current = null;
    hintsOn.disabled = state.mode === 'expert';
    hintsNote.textContent = state.mode === 'expert' ? 'Expert mode never gives hints.' : '';
    if (!state.cases.size) {
      linkField.value = '';
      copyBtn.disabled = true;
      bigBtn.disabled = true;
      openBtn.removeAttribute('href');
      openBtn.hidden = true;
      qrBox.replaceChildren(h('p', { class: 'cr-alert', role: 'alert' }, 'Choose at least one case to make a link.'));
      summary.textContent = '';
      return;
    }
    const a = makeAssignment({ cases: [...state.cases], mode: state.mode, hints: state.hints, lang: state.lang, className: state.className, due: state.due, note: state.note });
    const link = assignmentLink(a, location);
    linkField.value = link;
    copyBtn.disabled = false;
    bigBtn.disabled = false;
    openBtn.hidden = false;
    openBtn.setAttribute('href', link);
    const titles = a.cases.map((id) => CASES.find((c) => c.id === id)!.title);
    current = { assignment: a, label: a.className ? `${a.className}, ${titles.join(' and ')}` : titles.join(' and ') };
    summary.textContent = `Students who open this link play ${titles.join(' and ')} in ${a.mode} mode, hints ${a.hints ? 'on' : 'off'}. They cannot change these settings. Nothing is sent anywhere: students hand in their report file.`;
    qrBox.replaceChildren(qrSvg(link, `QR code for the assignment link (${titles.join(', ')})`));
  }

  const text = (id: string, label: string, limit: number, key: 'className', placeholder: string) =>
    h('div', { class: 'cr-field' },
      h('label', { for: id }, label),
      h('input', { id, type: 'text', maxlength: limit, placeholder, oninput: (e: Event) => { state[key] = (e.target as HTMLInputElement).value; update(); } }),
    );
  const noteCount = h('p', { class: 'cr-help', id: 'assign-note-count', 'aria-live': 'polite' }, `0 of ${TEXT_LIMITS.note} characters`);
  const countNote = (n: number) => {
    const left = TEXT_LIMITS.note - n;
    noteCount.textContent = left <= 0
      ? `${n} of ${TEXT_LIMITS.note} characters: the note is full (a longer note would make the QR code too dense to scan).`
      : `${n} of ${TEXT_LIMITS.note} characters${left <= 40 ? ` (${left} left)` : ''}`;
    noteCount.classList.toggle('cr-alert', left <= 0);
  };

  const form = h('form', { class: 'cr-form', onsubmit: (e: Event) => e.preventDefault() },
    h('fieldset', {},
      h('legend', {}, '1. Cases'),
      ...CASES.map((c) => h('label', { class: 'cr-choice' },
        h('input', { type: 'checkbox', name: 'case', value: c.id, checked: state.cases.has(c.id), onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) state.cases.add(c.id); else state.cases.delete(c.id);
          update();
        } }),
        h('span', {}, h('strong', {}, c.title), ` — ${c.subtitle} (${c.minutes})`),
      )),
    ),
    h('fieldset', {},
      h('legend', {}, '2. Mode'),
      ...MODES.map((m) => h('label', { class: 'cr-choice' },
        h('input', { type: 'radio', name: 'assign-mode', value: m, checked: m === state.mode, onchange: () => {
          state.mode = m;
          if (m === 'expert') { state.hints = false; hintsOff.checked = true; }
          update();
        } }),
        MODE_LABEL[m],
      )),
    ),
    h('fieldset', { 'aria-describedby': 'hints-note' },
      h('legend', {}, '3. Hints'),
      h('label', { class: 'cr-choice' }, hintsOn, 'On: students can ask for a hint (re-read, where to look, the contradiction named). Hints show in the report.'),
      h('label', { class: 'cr-choice' }, hintsOff, 'Off: no hints'),
      hintsNote,
    ),
    h('div', { class: 'cr-field' },
      h('label', { for: 'assign-lang' }, '4. Language'),
      h('select', { id: 'assign-lang', onchange: (e: Event) => { state.lang = (e.target as HTMLSelectElement).value as Language; update(); } },
        ...LANGUAGES.map((l) => h('option', { value: l.id }, l.name))),
      h('p', { class: 'cr-help' }, 'English is the only language so far.'),
    ),
    h('fieldset', {},
      h('legend', {}, '5. For your students (optional)'),
      text('assign-class', 'Class name', TEXT_LIMITS.className, 'className', 'e.g. History 9B'),
      h('div', { class: 'cr-field' },
        h('label', { for: 'assign-due' }, 'Due date'),
        h('input', { id: 'assign-due', type: 'date', oninput: (e: Event) => { state.due = (e.target as HTMLInputElement).value; update(); }, onchange: (e: Event) => { state.due = (e.target as HTMLInputElement).value; update(); } }),
      ),
      h('div', { class: 'cr-field' },
        h('label', { for: 'assign-note' }, 'Note to the students'),
        h('textarea', { id: 'assign-note', rows: 3, maxlength: TEXT_LIMITS.note, 'aria-describedby': 'assign-note-count', oninput: (e: Event) => {
          state.note = (e.target as HTMLTextAreaElement).value;
          countNote(state.note.length);
          update();
        } }),
        noteCount,
      ),
    ),
  );

  openPage('teacher', 'For teachers: make an assignment link',
    toolbar(
      button('← Back to the game', actions.back, { id: 'btn-teacher-back' }),
      button('Class view: open student reports', actions.classView, { id: 'btn-class-view' }),
      button('Teacher’s guide', actions.guide, { id: 'btn-teacher-guide' }),
      actions.key ? button('Answer key and worksheets', actions.key, { id: 'btn-teacher-key' }) : null,
    ),
    h('p', { class: 'cr-lead' }, 'Choose what your students play. The link carries the settings: no accounts, no server. When students finish, they download a report file and hand it in; open the files in the class view.'),
    h('div', { class: 'cr-columns' },
      form,
      h('section', { class: 'cr-output', 'aria-labelledby': 'link-heading' },
        h('h2', { id: 'link-heading' }, 'The link'),
        h('label', { for: 'assign-link' }, 'Assignment link'),
        linkField,
        h('div', { class: 'cr-row' }, copyBtn, openBtn),
        status,
        summary,
        qrBox,
        h('div', { class: 'cr-row' }, bigBtn),
        h('p', { class: 'cr-help' }, 'Students can scan the code with a tablet or phone camera, or you can paste the link into your class page.'),
        lmsDownloadSection(() => current),
      ),
    ),
  );
  update();
}
