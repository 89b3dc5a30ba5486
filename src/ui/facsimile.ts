// Draws a court-record item as the document it is (telegram form, newspaper column, …)
// so a student inspects fields the way a clerk would. A hint can point at one field.
import { layoutFor, type RecordItem } from '../story/courtRecord';
import { h } from './dom';

/** Pointing (issue 10): the facsimile's fields as a radio group, one real radio button per
 *  line, so the player picks the line that contradicts the statement by keyboard (Tab into
 *  the group, arrows to move, Enter to point), touch or screen reader. */
export interface FieldPick {
  legend: string;
  selected: string | null;
  onPick: (fieldKey: string) => void;
  /** The button that confirms the line; Enter on a radio button does the same. */
  submitLabel: string;
  onSkip?: { label: string; run: () => void };
}

export function renderFacsimile(item: RecordItem, pointedField: string | null = null, pick: FieldPick | null = null): HTMLElement {
  const layout = layoutFor(item.kind);
  const fx = item.facsimile;
  if (pick) {
    let chosen = pick.selected;
    const form = h(
      'form',
      { class: `facsimile fx-${layout} fx-pick`, 'aria-label': `Facsimile: ${fx.heading}`, 'data-layout': layout },
      h('p', { class: 'fx-heading' }, fx.heading),
      h(
        'fieldset',
        {},
        h('legend', {}, pick.legend),
        ...fx.fields.map((f) =>
          h(
            'label',
            { class: 'field', 'data-field': f.key },
            h('input', {
              type: 'radio', name: `pick-${item.id}`, value: f.key, 'data-field': f.key,
              checked: chosen === f.key,
              onchange: () => { chosen = f.key; },
            }),
            h('span', { class: 'fx-label' }, f.label),
            h('span', { class: 'fx-value' }, f.value),
          ),
        ),
      ),
      fx.note ? h('p', { class: 'fx-note' }, fx.note) : null,
      h(
        'div',
        { class: 'pick-actions' },
        h('button', { type: 'submit', class: 'primary', 'data-point': '' }, pick.submitLabel),
        pick.onSkip ? h('button', { type: 'button', 'data-skip-point': '', onclick: () => pick.onSkip!.run() }, pick.onSkip.label) : null,
      ),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const checked = form.querySelector<HTMLInputElement>('input[type=radio]:checked');
      if (checked) pick.onPick(checked.value);
      else form.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
    });
    return form;
  }
  return h(
    'figure',
    { class: `facsimile fx-${layout}`, 'aria-label': `Facsimile: ${fx.heading}`, 'data-layout': layout },
    h('p', { class: 'fx-heading' }, fx.heading),
    h(
      'dl',
      {},
      ...fx.fields.flatMap((f) => {
        const pointed = f.key === pointedField;
        return [
          h('dt', { class: pointed ? 'field pointed' : 'field', 'data-field': f.key }, f.label, pointed ? ' ◀ look here' : ''),
          h('dd', { class: pointed ? 'field pointed' : 'field', 'data-field': f.key }, f.value),
        ];
      }),
    ),
    fx.note ? h('p', { class: 'fx-note' }, fx.note) : null,
  );
}
