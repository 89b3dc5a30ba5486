// The deduction: two slots filled from the court record, then "Combine". Each slot is
// filled through the court record dialog, so the student reads the items while choosing.
import type { DeductionView } from '../story/caseSession';
import type { CourtRecord } from '../story/courtRecord';
import { append, byId, clear, h } from './dom';
import { keyAttr, kbd } from './shortcuts';

export interface DeductionActions {
  choose(slot: 0 | 1): void;
  combine(a: string, b: string): void;
  hint(): void;
}

export class DeductionPanel {
  private root = byId('activity');
  private slots: [string | null, string | null] = [null, null];
  private forId: string | null = null;

  /** After a slot is filled, focus moves on (to the other slot or to Combine). */
  private moveOn = false;

  setSlot(slot: 0 | 1, item: string): void {
    this.slots[slot] = item;
    this.moveOn = true;
  }

  render(d: DeductionView, notice: string | null, record: CourtRecord, actions: DeductionActions): void {
    if (this.forId !== d.id) {
      this.forId = d.id;
      this.slots = [null, null];
    }
    // Items can leave a slot only if the record no longer holds them (never, in practice).
    this.slots = this.slots.map((s) => (s && record.has(s) ? s : null)) as [string | null, string | null];
    const focused = this.moveOn ? null : ((document.activeElement as HTMLElement | null)?.dataset?.action ?? null);
    this.moveOn = false;
    const [a, b] = this.slots;
    clear(this.root);
    this.root.className = 'deduction';
    this.root.setAttribute('aria-label', `Deduction: ${d.title}`);
    append(
      this.root,
      h('h2', {}, h('span', { class: 'badge' }, 'Deduction'), d.title),
      h('p', { class: 'prompt' }, d.prompt),
      h(
        'div',
        { class: 'slots' },
        ...([0, 1] as const).map((i) =>
          h(
            'button',
            { type: 'button', class: 'slot', 'data-action': `slot-${i}`, onclick: () => actions.choose(i) },
            h('span', { class: 'slot-label' }, i === 0 ? 'Fact A' : 'Fact B'),
            h('span', { class: 'slot-item' }, this.slots[i] ? record.view(this.slots[i]!).title : 'Choose from the court record…'),
          ),
        ),
        h('span', { class: 'plus', 'aria-hidden': 'true' }, '+'),
      ),
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      d.hints.length ? h('div', { class: 'hints' }, h('strong', {}, 'Hints'), h('ol', {}, ...d.hints.map((x) => h('li', {}, x.text)))) : null,
      h(
        'div',
        { class: 'testimony-actions' },
        h(
          'button',
          {
            type: 'button', class: 'primary', 'data-action': 'combine', disabled: !a || !b || a === b,
            onclick: () => a && b && actions.combine(a, b),
          },
          'Combine',
        ),
        d.hintsAllowed ? h('button', { type: 'button', 'data-action': 'hint', ...keyAttr('H'), onclick: () => actions.hint() }, 'Hint', kbd('H')) : null,
      ),
      a && b && a === b ? h('p', { class: 'notice' }, 'Choose two different items.') : null,
    );
    const again = focused && this.root.querySelector<HTMLElement>(`[data-action="${focused}"]:not([disabled])`);
    (again || this.root.querySelector<HTMLElement>(!a ? '[data-action="slot-0"]' : !b ? '[data-action="slot-1"]' : '[data-action="combine"]'))?.focus();
  }
}
