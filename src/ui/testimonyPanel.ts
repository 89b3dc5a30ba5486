// The cross-examination controls: the current statement large, the numbered strip of all
// statements, and the actions Previous, Press, Present, Next and Hint.
import type { CrossView } from '../story/caseSession';
import type { HintStep } from '../story/crossExamination';
import { citationLabel } from '../story/citation';
import { append, byId, clear, h, setHidden } from './dom';
import { dramatizedLabel } from './dialogueBox';
import { keyAttr, kbd } from './shortcuts';

export interface TestimonyActions {
  step(direction: 1 | -1): void;
  goTo(statementId: string): void;
  press(): void;
  present(): void;
  hint(): void;
  record(): void;
}

export class TestimonyPanel {
  private root = byId('testimony');

  show(visible: boolean): void {
    setHidden(this.root, !visible);
  }

  /** marksRule: the one rule for marks (modes.ts), stated under the title. */
  render(cross: CrossView, witnessName: string, notice: string | null, hints: HintStep[], actions: TestimonyActions, marksRule: string | null = null): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.action ?? null;
    const st = cross.statements[cross.current];
    // A statement the book does not record in these words (# dramatized on its line).
    const dramatized = (st as { dramatized?: string | null }).dramatized;
    clear(this.root);
    append(
      this.root,
      h('h2', {}, h('span', { class: 'badge' }, 'Cross-examination'), h('span', { class: 'visually-hidden' }, ': '), `${cross.title} — ${witnessName}`),
      cross.transcript
        ? h('p', { class: 'transcript-note' }, `Read into the record from: ${cross.transcript.title}. Page ${st.number} of ${cross.statements.length}.`)
        : null,
      cross.place ? h('p', { class: 'place' }, cross.place) : null,
      marksRule ? h('p', { class: 'marks-rule' }, marksRule) : null,
      h(
        'div',
        { class: `statement${st.solved ? ' solved' : ''}${cross.transcript ? ' transcript-page' : ''}`, 'data-statement': st.id },
        h('span', { class: 'num' }, h('span', { 'aria-hidden': 'true' }, `${st.number}/${cross.statements.length}`), h('span', { class: 'visually-hidden' }, `Statement ${st.number} of ${cross.statements.length}. `)),
        h('p', { class: 'text' }, st.text, st.solved ? h('span', { class: 'visually-hidden' }, ' (exposed)') : null),
        st.solved ? h('span', { class: 'exposed-stamp', 'aria-hidden': 'true' }, 'exposed') : null,
      ),
      typeof dramatized === 'string' ? h('p', { class: 'statement-dramatized', 'data-dramatized': '' }, dramatizedLabel(dramatized)) : null,
      st.cite ? h('p', { class: 'source', id: 'statement-source' }, `Source: ${citationLabel(st.cite)}`) : null,
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      hints.length
        ? h('div', { class: 'hints', 'aria-label': 'Hints so far' }, h('strong', {}, 'Hints'), h('ol', {}, ...hints.map((x) => h('li', {}, x.text))))
        : null,
      h(
        'div',
        { class: 'testimony-actions' },
        h('button', { type: 'button', 'data-action': 'prev', ...keyAttr('ArrowLeft'), onclick: () => actions.step(-1) }, '◀ Previous', kbd('←', 'ArrowLeft')),
        h('button', { type: 'button', 'data-action': 'press', ...keyAttr('P'), onclick: () => actions.press() }, 'Press', kbd('P')),
        h('button', { type: 'button', class: 'primary', 'data-action': 'present', ...keyAttr('E'), onclick: () => actions.present() }, 'Present', kbd('E')),
        h('button', { type: 'button', 'data-action': 'next', ...keyAttr('ArrowRight'), onclick: () => actions.step(1) }, 'Next ▶', kbd('→', 'ArrowRight')),
        cross.hintsAllowed
          ? h('button', { type: 'button', 'data-action': 'hint', ...keyAttr('H'), onclick: () => actions.hint() }, 'Hint', kbd('H'))
          : null,
      ),
      h(
        'div',
        { class: 'statement-strip', role: 'group', 'aria-label': 'All statements' },
        ...cross.statements.map((s) =>
          h(
            'button',
            {
              type: 'button',
              'data-action': `goto-${s.id}`,
              'aria-current': String(s.id === st.id),
              'aria-label': `Statement ${s.number}${s.solved ? ', exposed' : ''}${s.pressed ? ', pressed' : ''}`,
              onclick: () => actions.goTo(s.id),
            },
            String(s.number),
            s.solved ? h('span', { class: 'state exposed', 'aria-hidden': 'true' }, 'exposed') : s.pressed ? h('span', { class: 'state', 'aria-hidden': 'true' }, '·') : null,
          ),
        ),
      ),
    );
    const again = focused && this.root.querySelector<HTMLElement>(`[data-action="${focused}"]`);
    (again || this.root.querySelector<HTMLElement>('[data-action="next"]'))?.focus();
  }
}
