// Draws a court-record item as the document it is (telegram form, newspaper column, …)
// so a student inspects fields the way a clerk would. A hint can point at one field.
import { layoutFor, type RecordItem } from '../story/courtRecord';
import { h } from './dom';

export function renderFacsimile(item: RecordItem, pointedField: string | null = null): HTMLElement {
  const layout = layoutFor(item.kind);
  const fx = item.facsimile;
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
