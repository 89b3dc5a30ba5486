// The primer (#primer): short screens for beginners (1917, Lenin, Stalin against Trotsky,
// exile, the Moscow trials, the Terror, the Dewey Commission, why a hearing matters), one at
// a time with Back and Next (all of them when printed), and a glossary whose entries the
// game's text can open. Data and sources: src/classroom/primer.ts.
import { PRIMER, PRIMER_GLOSSARY, type PrimerFact, type PrimerTerm } from '../classroom/primer';
import { citeLabel } from '../classroom/guide';
import { h } from './dom';
import { button, openPage, say, toolbar } from './classroomPage';

export interface PrimerActions {
  back(): void;
  guide(): void;
}

function source(f: { cite?: string; outside?: string }): HTMLElement | null {
  if (f.outside) return h('span', { class: 'cite outside' }, ` (outside the book: ${f.outside})`);
  if (f.cite) return h('span', { class: 'cite' }, ` (${citeLabel(f.cite)})`);
  return null;
}

function fact(f: PrimerFact): HTMLElement {
  return h('li', {}, f.text, source(f));
}

export function termId(t: PrimerTerm): string {
  return `gloss-${t.term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function showPrimer(actions: PrimerActions, startAt?: string): void {
  let current = 0;
  const screens = PRIMER.map((s, i) =>
    h('section', { class: 'primer-screen', id: s.id, 'data-screen': String(i + 1), 'aria-labelledby': `${s.id}-h`, hidden: i !== 0 },
      h('h2', { id: `${s.id}-h`, tabindex: '-1' }, s.title),
      h('ul', { class: 'primer-facts' }, ...s.facts.map(fact)),
    ));
  const where = h('p', { class: 'primer-where', 'aria-live': 'polite' });
  const prev = button('← Back', () => go(current - 1), { id: 'btn-primer-prev' });
  const next = button('Next →', () => go(current + 1), { id: 'btn-primer-next', class: 'primary' });
  const tabs = h('ol', { class: 'primer-tabs no-print' }, ...PRIMER.map((s, i) => h('li', {}, button(s.title, () => go(i), { 'data-go': String(i + 1) }))));
  function go(i: number, focus = true): void {
    current = Math.max(0, Math.min(PRIMER.length - 1, i));
    screens.forEach((el, k) => (el.hidden = k !== current));
    tabs.querySelectorAll('button').forEach((b, k) => b.setAttribute('aria-current', k === current ? 'step' : 'false'));
    prev.disabled = current === 0;
    next.disabled = current === PRIMER.length - 1;
    where.textContent = `Screen ${current + 1} of ${PRIMER.length}`;
    if (focus) (screens[current].querySelector('h2') as HTMLElement).focus();
  }
  const glossary = h('section', { class: 'primer-glossary', 'aria-labelledby': 'primer-glossary-h' },
    h('h2', { id: 'primer-glossary-h' }, 'Words to know'),
    h('dl', {}, ...PRIMER_GLOSSARY.flatMap((t) => [h('dt', { id: termId(t) }, t.term), h('dd', {}, t.text, source(t))])),
  );
  openPage('primer', 'Before you play: the history in five minutes',
    toolbar(
      button('← Back to the game', actions.back, { id: 'btn-primer-back' }),
      button('Teacher’s guide', actions.guide, { id: 'btn-primer-guide' }),
      button('Print', () => window.print(), { id: 'btn-primer-print' }),
    ),
    h('p', { class: 'cr-lead' }, 'New to this history? Read these short screens before Case 1 and Case 2. Each fact says where it comes from: “book lines” are lines of Trotsky’s book of 1937 that the game is built on; “outside the book” names another source.'),
    tabs,
    ...screens,
    h('div', { class: 'cr-row primer-nav no-print' }, prev, where, next),
    glossary,
  );
  const start = startAt ? PRIMER.findIndex((s) => s.id === startAt) : 0;
  go(start < 0 ? 0 : start, false);
  if (startAt && start < 0) {
    const entry = document.getElementById(startAt);
    if (entry) {
      entry.setAttribute('tabindex', '-1');
      entry.scrollIntoView();
      entry.focus();
      say(`${entry.textContent}: ${entry.nextElementSibling?.textContent ?? ''}`);
    }
  }
}
