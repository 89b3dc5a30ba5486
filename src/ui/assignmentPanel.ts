// What the title screen adds for classroom use: the teacher's assignment (note, class, due,
// fixed mode and hints, the student's name) and, without an assignment, the way to the
// teacher page and the guide.
import type { Mode } from '../story/modes';
import { languageName, type Assignment } from '../classroom/assignment';
import { setStudentName, studentName } from '../classroom/localStore';
import { h } from './dom';

/** Passed to the title screen (see TitleState.classroom). */
export interface TitleClassroom {
  /** Shown under the source note. */
  panel: Node | null;
  /** Set by an assignment: the student cannot change it. */
  mode: Mode | null;
  /** Only these cases are offered (an assignment); null = all. */
  cases: readonly string[] | null;
  /** Shown at the bottom of the title screen. */
  footer: Node | null;
}

const MODE_NAME: Record<Mode, string> = { study: 'Study', standard: 'Standard', expert: 'Expert' };

export function assignmentPanel(a: Assignment): HTMLElement {
  const input = h('input', {
    id: 'student-name', type: 'text', autocomplete: 'name', maxlength: 80, value: studentName(), 'aria-describedby': 'student-name-help',
    oninput: (e: Event) => {
      setStudentName((e.target as HTMLInputElement).value);
      error.textContent = '';
      input.removeAttribute('aria-invalid');
    },
  });
  const error = h('p', { class: 'cr-error', id: 'student-name-error', role: 'alert' });
  return h('section', { class: 'assignment-panel', 'aria-labelledby': 'assignment-heading' },
    h('h2', { id: 'assignment-heading' }, a.className ? `Assignment for ${a.className}` : 'Your assignment'),
    a.note ? h('p', { class: 'assignment-note' }, h('span', { class: 'visually-hidden' }, 'Note from your teacher: '), a.note) : null,
    h('dl', { class: 'assignment-facts' },
      a.className ? h('dt', {}, 'Class') : null, a.className ? h('dd', {}, a.className) : null,
      a.due ? h('dt', {}, 'Due') : null, a.due ? h('dd', {}, a.due) : null,
      h('dt', {}, 'Mode'), h('dd', {}, `${MODE_NAME[a.mode]} (set by your teacher)`),
      h('dt', {}, 'Hints'), h('dd', {}, a.hints ? 'on' : 'off (set by your teacher)'),
      h('dt', {}, 'Language'), h('dd', {}, languageName(a.lang)),
    ),
    h('div', { class: 'cr-field' },
      h('label', { for: 'student-name' }, 'Your name (for your report)'),
      input,
      h('p', { class: 'cr-help', id: 'student-name-help' }, 'Kept on this device only. It goes into the report file you hand in.'),
      error,
    ),
  );
}

/** False (and the name field says why and takes focus) when an assignment still needs the name. */
export function requireName(): boolean {
  const input = document.getElementById('student-name') as HTMLInputElement | null;
  if (!input || input.value.trim()) return true;
  const error = document.getElementById('student-name-error');
  if (error) error.textContent = 'Type your name first, so your teacher knows whose report it is.';
  input.setAttribute('aria-invalid', 'true');
  input.focus();
  return false;
}

export function teacherLinks(actions: { teacher(): void; guide(): void }): HTMLElement {
  return h('nav', { class: 'teacher-links', 'aria-label': 'For teachers' },
    h('button', { type: 'button', id: 'btn-for-teachers', onclick: () => actions.teacher() }, 'For teachers'),
    h('button', { type: 'button', id: 'btn-guide', onclick: () => actions.guide() }, 'Teacher’s guide'),
  );
}
