// The timeline board: lanes by day. The student picks a card, then the day its record
// gives; the board keeps it only there. Once every card is placed the board marks where
// one person would have been in two places at once. A table, so it reads row by row.
import type { BoardView } from '../story/caseSession';
import { CERTAINTY_LABEL } from '../story/timelineBoard';
import { citationLabel } from '../story/citation';
import { append, byId, clear, h } from './dom';

export interface BoardActions {
  place(cardId: string, cell: number): void;
  finish(): void;
}

const CERTAINTY_MARK: Record<string, string> = {
  document: '▣', witnesses: '◉', account: '◐', inference: '◇', claim: '✶', hypothesis: '?',
};

export class TimelineBoardPanel {
  private root = byId('activity');
  private selected: string | null = null;

  render(b: BoardView, notice: string | null, actions: BoardActions, nameOf: (person: string) => string = (p) => p): void {
    this.nameOf = nameOf;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.action ?? null;
    const waiting = b.cards.filter((c) => !c.at);
    if (this.selected && !waiting.some((c) => c.id === this.selected)) this.selected = null;
    if (!this.selected && waiting.length) this.selected = waiting[0].id;
    const selected = waiting.find((c) => c.id === this.selected) ?? null;
    const inConflict = new Set(b.conflicts.flatMap((c) => c.cards));
    clear(this.root);
    this.root.className = 'board';
    this.root.setAttribute('aria-label', `Timeline board: ${b.title}`);

    const cardChip = (c: BoardView['cards'][number]) =>
      h(
        'span',
        { class: `chip certainty-${c.certainty}${inConflict.has(c.id) ? ' clash' : ''}`, title: c.cite ? citationLabel(c.cite) : '' },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, CERTAINTY_MARK[c.certainty]),
        h('span', { class: 'visually-hidden' }, `${CERTAINTY_LABEL[c.certainty]}: `),
        c.text,
        inConflict.has(c.id) ? h('strong', { class: 'clash-label' }, ' ⚠ clash') : null,
      );

    append(
      this.root,
      h('h2', {}, h('span', { class: 'badge' }, 'Timeline board'), b.title),
      waiting.length
        ? h(
            'div',
            { class: 'card-tray' },
            h('p', {}, `Cards to place (${waiting.length}). Pick a card, then the day its source gives, in its row.`),
            h(
              'div',
              { class: 'tray', role: 'group', 'aria-label': 'Cards to place' },
              ...waiting.map((c) =>
                h(
                  'button',
                  { type: 'button', 'data-action': `card-${c.id}`, 'aria-pressed': String(c.id === this.selected), onclick: () => this.select(c.id, b, notice, actions) },
                  h('span', { class: 'mark', 'aria-hidden': 'true' }, CERTAINTY_MARK[c.certainty]),
                  ` ${c.text}`,
                  h('span', { class: 'cert' }, ` (${CERTAINTY_LABEL[c.certainty]}${c.cite ? ` · ${citationLabel(c.cite)}` : ''})`),
                ),
              ),
            ),
          )
        : null,
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      h('p', { class: 'board-scroll-cue', hidden: true, 'aria-hidden': 'true' }, ''),
      h(
        'div',
        { class: 'board-scroll', tabindex: '-1' },
        h(
          'table',
          { class: 'board-grid' },
          h('caption', { class: 'visually-hidden' }, `${b.title}: rows are people and places, columns are days`),
          // Fixed column widths: a placed card never widens its day, so the board keeps its shape.
          h('colgroup', {}, h('col', { class: 'lane-col' }), ...b.cells.map(() => h('col', { class: 'day-col' }))),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Who / where'), ...b.cells.map((c) => h('th', { scope: 'col' }, c.label)))),
          h(
            'tbody',
            {},
            // Each placed card is a bar across its days in a row of its own under its lane;
            // while a card is being placed, its lane gets a row of "+" buttons, one a day.
            ...b.lanes.flatMap((lane) => {
              const cards = b.cards.filter((c) => c.lane === lane.key && c.at).sort((x, y) => x.at!.from - y.at!.from);
              const placing = selected && selected.lane === lane.key;
              const rows: Array<Array<HTMLElement>> = cards.map((c) => {
                const { from, to } = c.at!;
                const cells: HTMLElement[] = [];
                for (let i = 0; i < from; i++) cells.push(h('td', {}));
                cells.push(h('td', { colspan: String(to - from + 1), class: `filled${inConflict.has(c.id) ? ' clash' : ''}` }, cardChip(c)));
                for (let i = to + 1; i < b.cells.length; i++) cells.push(h('td', {}));
                return cells;
              });
              if (placing) {
                rows.push(
                  b.cells.map((cell, i) =>
                    h(
                      'td',
                      { class: 'placing' },
                      h('button', { type: 'button', class: 'place', 'data-action': `place-${lane.key}-${i}`, 'aria-label': `Place "${selected!.text}" on ${cell.label}`, onclick: () => actions.place(selected!.id, i) }, '+'),
                    ),
                  ),
                );
              }
              if (!rows.length) rows.push(b.cells.map(() => h('td', {})));
              return rows.map((cells, r) =>
                h('tr', { class: r === 0 ? 'lane-start' : '' }, r === 0 ? h('th', { scope: 'row', rowspan: String(rows.length) }, lane.label) : null, ...cells),
              );
            }),
          ),
        ),
      ),
      b.complete
        ? h(
            'div',
            { class: 'board-result', role: 'status' },
            b.conflicts.length
              ? h('ul', {}, ...b.conflicts.map((k) => h('li', {}, k.kind === 'two-places' ? `One person, two places: the cards marked ⚠ put ${nameOf(k.person ?? '')} in two places on ${b.cells[k.cells[0]].label}${k.cells[1] > k.cells[0] ? `–${b.cells[k.cells[1]].label}` : ''}.` : `A meeting in a place that no longer stood (${b.cells[k.cells[0]].label}).`)))
              : h('p', {}, 'The board is complete.'),
            h('button', { type: 'button', class: 'primary', 'data-action': 'finish', onclick: () => actions.finish() }, 'Continue'),
          )
        : null,
    );
    this.showScrollCue(b.cells.length);
    const again = focused && this.root.querySelector<HTMLElement>(`[data-action="${focused}"]`);
    (again || this.root.querySelector<HTMLElement>('[data-action="finish"]') || this.root.querySelector<HTMLElement>(`[data-action="card-${this.selected}"]`))?.focus();
  }

  private nameOf: (person: string) => string = (p) => p;

  /** When the days do not all fit, say so above the board and mark the side with more. */
  private showScrollCue(days: number): void {
    const box = this.root.querySelector<HTMLElement>('.board-scroll');
    const cue = this.root.querySelector<HTMLElement>('.board-scroll-cue');
    if (!box || !cue) return;
    const update = () => {
      const more = box.scrollWidth - box.clientWidth;
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft < more - 1;
      cue.hidden = more <= 1;
      box.classList.toggle('more-left', more > 1 && left);
      box.classList.toggle('more-right', more > 1 && right);
      cue.textContent = `${days} days: ${left ? '◀ more to the left' : ''}${left && right ? ' · ' : ''}${right ? 'more to the right ▶' : ''} (scroll or swipe the board sideways; Tab reaches every day)`;
    };
    box.addEventListener('scroll', update, { passive: true });
    update();
  }

  private select(id: string, b: BoardView, notice: string | null, actions: BoardActions): void {
    this.selected = id;
    this.render(b, notice, actions, this.nameOf);
    this.root.querySelector<HTMLElement>('button.place')?.focus();
  }
}
