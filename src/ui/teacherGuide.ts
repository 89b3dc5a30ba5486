// The teacher's guide (#guide): objectives, background, cast, timeline, class periods,
// discussion questions with notes, glossary, and how the game treats a one-sided source.
// Data and citations are in src/classroom/guide.ts.
import {
  BACKGROUND, CAST, citeLabel, GLOSSARY, GUIDE_SOURCE, OBJECTIVES, ONE_SIDED, OUTSIDE, PERIODS, QUESTIONS, REPORTS, TIMELINE, type GuideText,
} from '../classroom/guide';
import { h } from './dom';
import { button, openPage, toolbar } from './classroomPage';

export interface GuideActions {
  back(): void;
  teacher(): void;
  key?(): void;
  primer?(): void;
}

function source(t: GuideText): HTMLElement | null {
  if (t.outside) return h('span', { class: 'cite outside' }, ' (outside the book)');
  if (t.cite) return h('span', { class: 'cite' }, ` (${citeLabel(t.cite)})`);
  return null;
}

function para(t: GuideText): HTMLElement {
  return h('p', {}, t.text, source(t));
}

function section(id: string, title: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'guide-section', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

const CONTENTS: Array<[string, string]> = [
  ['g-source', 'The source'],
  ['g-objectives', 'Learning objectives'],
  ['g-periods', 'Class periods'],
  ['g-background', 'Historical background'],
  ['g-cast', 'The cast'],
  ['g-timeline', 'Timeline'],
  ['g-questions', 'Discussion questions'],
  ['g-glossary', 'Glossary'],
  ['g-one-sided', 'A one-sided source'],
  ['g-outside', 'Outside the book'],
  ['g-reports', 'Reports, the class view and what the seal does'],
];

export function showTeacherGuide(actions: GuideActions): void {
  openPage('guide', 'Teacher’s guide',
    toolbar(
      button('← Back to the game', actions.back, { id: 'btn-guide-back' }),
      button('Make an assignment link', actions.teacher, { id: 'btn-guide-teacher' }),
      actions.key ? button('Answer key and worksheets', actions.key, { id: 'btn-guide-key' }) : null,
      actions.primer ? button('Primer for students', actions.primer, { id: 'btn-guide-primer' }) : null,
      button('Print', () => window.print(), { id: 'btn-guide-print' }),
    ),
    h('nav', { class: 'guide-contents', 'aria-label': 'Contents of the guide' },
      h('ol', {}, ...CONTENTS.map(([id, title]) => h('li', {}, h('a', { href: `#${id}`, onclick: (e: Event) => {
        e.preventDefault(); // keep the page's route (#guide) in the address
        const target = document.getElementById(id);
        target?.scrollIntoView();
        target?.setAttribute('tabindex', '-1');
        target?.focus();
      } }, title))))),
    h('p', { class: 'cr-help' }, 'Citations give lines of the book as numbered in the game’s source file, so every fact can be checked. Facts from outside the book are marked as such.'),
    section('g-source', 'The source', ...GUIDE_SOURCE.map(para)),
    section('g-objectives', 'Learning objectives', h('p', {}, 'Students will be able to:'), h('ul', {}, ...OBJECTIVES.map((o) => h('li', {}, o)))),
    section('g-periods', 'How the cases fit class periods',
      h('table', { class: 'cr-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Part'), h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'What happens'))),
        h('tbody', {}, ...PERIODS.map((p) => h('tr', {}, h('th', { scope: 'row' }, p.part), h('td', {}, p.time), h('td', {}, p.plan)))),
      ),
    ),
    section('g-background', 'Historical background', ...BACKGROUND.map(para)),
    section('g-cast', 'The cast',
      h('dl', { class: 'guide-cast' }, ...CAST.flatMap((c) => [
        h('dt', {}, h('strong', {}, c.name), ` — ${c.role}`),
        h('dd', {}, `${c.text} `, h('span', { class: 'cr-sub' }, `In: ${c.cases}.`), source(c)),
      ])),
    ),
    section('g-timeline', 'Timeline',
      h('table', { class: 'cr-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Event'))),
        h('tbody', {}, ...TIMELINE.map((t) => h('tr', {}, h('th', { scope: 'row', class: 'nowrap' }, t.date), h('td', {}, t.text, source(t))))),
      ),
    ),
    section('g-questions', 'Discussion questions, with notes',
      h('p', {}, 'These are the questions at the end of each case. Students type their answers on the ending screen, and the answers are in their report files.'),
      ...QUESTIONS.map((q) => h('div', { class: 'guide-question' },
        h('p', { class: 'q' }, h('span', { class: 'cr-sub' }, `${q.caseTitle}: `), q.question),
        h('p', { class: 'note' }, h('strong', {}, 'For the teacher: '), q.note, q.cite ? source({ text: '', cite: q.cite }) : null),
      )),
    ),
    section('g-glossary', 'Glossary',
      h('dl', { class: 'guide-glossary' }, ...GLOSSARY.flatMap((g) => [h('dt', {}, g.term), h('dd', {}, g.text, source(g))])),
    ),
    section('g-one-sided', 'How the game treats a one-sided source', h('ul', {}, ...ONE_SIDED.map((t) => h('li', {}, t.text, source(t))))),
    section('g-outside', 'Outside the book',
      h('p', {}, 'These well-established facts are not in the book. The debriefs use some of them, always marked as outside the book; none is ever a clue.'),
      h('ul', {}, ...OUTSIDE.map((t) => h('li', {}, t.text, source(t)))),
    ),
    section('g-reports', 'Reports, the class view and what the seal does', ...REPORTS.map(para),
      h('p', {}, 'For beginners, the primer (“New to this history?” on the title screen) explains 1917, Stalin and Trotsky, exile, the Moscow trials, the Terror and the Dewey Commission in a few short screens; the answer key and a printable worksheet per case are under “Answer key and worksheets”.'),
    ),
  );
}
