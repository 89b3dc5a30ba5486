// What the title screen adds for classroom use: the teacher's assignment (note, class, due,
// fixed mode and hints, the student's name) and, without an assignment, the way to the
// teacher page and the guide.
import type { Mode } from '../story/modes';
import { languageName, type Assignment } from '../classroom/assignment';
import { cleanName, NAME_LIMIT, type PlayerStorage } from '../classroom/players';
import { formatDue } from './reportView';
import { h } from './dom';

/** Passed to the title screen (see TitleState.classroom). */
export interface TitleClassroom {
  /** Shown under the source note. */
  panel: Node | null;
  /** "Who is playing?" on a device several students use. */
  who?: Node | null;
  /** Set by an assignment: the student cannot change it. */
  mode: Mode | null;
  /** Only these cases are offered (an assignment); null = all. */
  cases: readonly string[] | null;
  /** Shown at the bottom of the title screen. */
  footer: Node | null;
  /** "Save to file" and "Open save file": progress to take home. */
  saveFile?: Node | null;
  /** The way to the primer for beginners, beside the cases. */
  primer?: Node | null;
}

const MODE_NAME: Record<Mode, string> = { study: 'Study', standard: 'Standard', expert: 'Expert' };

/** The teacher's assignment on the title screen, with the student's name (never filled in
 *  from an earlier student: a shared device picks a name under "Who is playing?"). */
export function assignmentPanel(a: Assignment, player: string | null, notMe: () => void): HTMLElement {
  const input = h('input', {
    id: 'student-name', type: 'text', autocomplete: 'off', maxlength: NAME_LIMIT, value: '', 'aria-describedby': 'student-name-help',
    oninput: () => {
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      const long = input.value.length >= NAME_LIMIT;
      count.textContent = long ? `That is the longest name the report keeps (${NAME_LIMIT} characters).` : '';
    },
  });
  const error = h('p', { class: 'cr-error', id: 'student-name-error', role: 'alert' });
  const count = h('p', { class: 'cr-help', 'aria-live': 'polite' });
  return h('section', { class: 'assignment-panel', 'aria-labelledby': 'assignment-heading' },
    h('h2', { id: 'assignment-heading' }, a.className ? `Assignment for ${a.className}` : 'Your assignment'),
    a.note ? h('p', { class: 'assignment-note' }, h('span', { class: 'visually-hidden' }, 'Note from your teacher: '), a.note) : null,
    h('dl', { class: 'assignment-facts' },
      a.className ? h('dt', {}, 'Class') : null, a.className ? h('dd', {}, a.className) : null,
      a.due ? h('dt', {}, 'Due') : null, a.due ? h('dd', {}, formatDue(a.due)) : null,
      h('dt', {}, 'Mode'), h('dd', {}, `${MODE_NAME[a.mode]} (set by your teacher)`),
      h('dt', {}, 'Hints'), h('dd', {}, a.hints ? 'on' : 'off (set by your teacher)'),
      h('dt', {}, 'Language'), h('dd', {}, languageName(a.lang)),
    ),
    player
      ? h('p', { class: 'playing-as', id: 'playing-as' }, 'Playing as ', h('strong', {}, player), '. ',
          h('button', { type: 'button', id: 'btn-not-me', onclick: notMe }, `Not ${player}?`))
      : null,
    h('div', { class: 'cr-field' },
      h('label', { for: 'student-name' }, player ? 'Or type another name' : 'Your name (for your report)'),
      input,
      h('p', { class: 'cr-help', id: 'student-name-help' }, 'Kept on this device only, with your own saves and settings. It goes into the report file you hand in.'),
      count,
      error,
    ),
  );
}

/** The name typed in the assignment panel, if any. */
export function chosenName(): string {
  return cleanName((document.getElementById('student-name') as HTMLInputElement | null)?.value ?? '');
}

/** False (and the name field says why and takes focus) when an assignment still needs the name. */
export function requireName(player: string | null): boolean {
  const input = document.getElementById('student-name') as HTMLInputElement | null;
  if (!input || input.value.trim() || player) return true;
  const error = document.getElementById('student-name-error');
  if (error) error.textContent = 'Type your name first, so your teacher knows whose report it is.';
  input.setAttribute('aria-invalid', 'true');
  input.focus();
  return false;
}

/** "Who is playing?": on a device where more than one student has played, each picks their
 *  own name (their saves and settings), or "Someone else". */
export function playerChooser(players: PlayerStorage, assigned: boolean, changed: () => void): HTMLElement | null {
  const names = players.players();
  if (names.length < 2 && !(names.length === 1 && assigned && !players.player)) return null;
  const current = players.player;
  return h('section', { class: 'who-is-playing', 'aria-labelledby': 'who-heading' },
    h('h2', { id: 'who-heading' }, 'Who is playing?'),
    h('p', { class: 'cr-help' }, 'Each name on this device has its own saves and settings.'),
    h('div', { class: 'who-list', role: 'group', 'aria-labelledby': 'who-heading' },
      ...names.map((n) => h('button', {
        type: 'button', class: 'who-name', 'data-player': n, 'aria-pressed': String(current === n),
        onclick: () => { players.use(n); changed(); },
      }, n)),
      h('button', { type: 'button', class: 'who-name', id: 'btn-someone-else', 'aria-pressed': String(current === null), onclick: () => { players.use(null); changed(); } },
        assigned ? 'Someone else (type your name)' : 'Someone else'),
    ),
  );
}

export function teacherLinks(actions: { teacher(): void; guide(): void; key(): void }): HTMLElement {
  return h('nav', { class: 'teacher-links', 'aria-label': 'For teachers' },
    h('button', { type: 'button', id: 'btn-for-teachers', onclick: () => actions.teacher() }, 'For teachers'),
    h('button', { type: 'button', id: 'btn-guide', onclick: () => actions.guide() }, 'Teacher’s guide'),
    h('button', { type: 'button', id: 'btn-answer-key', onclick: () => actions.key() }, 'Answer key and worksheets'),
  );
}

/** "New to this history?": the primer, before Case 1 and Case 2. */
export function primerLink(open: () => void): HTMLElement {
  return h('p', { class: 'primer-link' },
    h('button', { type: 'button', id: 'btn-primer', onclick: open }, 'New to this history? Read the primer'),
    h('span', { class: 'cr-help' }, ' Five minutes on 1917, Stalin and Trotsky, exile, the Moscow trials and the Dewey Commission. Best read before Case 1 and Case 2.'),
  );
}

/** "Take progress home": save this player's progress to a file, or open one. */
export function saveFileBar(actions: { save(): void; open(text: string): void }): HTMLElement {
  const input = h('input', {
    // Hidden: the button below opens it, so keyboard users reach a full-size control (a
    // visually hidden input is a 1-pixel focus target, and a label cannot take focus).
    id: 'open-save-file', type: 'file', accept: '.json,application/json', hidden: true, tabindex: '-1',
    onchange: (e: Event) => {
      const el = e.target as HTMLInputElement;
      const f = el.files?.[0];
      if (!f) return;
      void f.text().then((t) => actions.open(t), () => actions.open('')).finally(() => (el.value = ''));
    },
  });
  return h('section', { class: 'save-file', 'aria-labelledby': 'save-file-heading' },
    h('h2', { id: 'save-file-heading', class: 'visually-hidden' }, 'Take your progress to another device'),
    h('button', { type: 'button', id: 'btn-save-file', onclick: () => actions.save() }, 'Save to file'),
    input,
    h('button', { type: 'button', id: 'btn-open-save-file', onclick: () => (input as HTMLInputElement).click() }, 'Open save file…'),
    h('p', { class: 'cr-help' }, 'Take your progress home: save it to a file here, open the file in the game on another device.'),
  );
}
