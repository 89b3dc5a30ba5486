// The timeline board: rows (people, places) by days. The student picks a card, reads it,
// picks the row it belongs in, then the day; nothing is judged until "Check the board",
// which confirms only a whole set of right placements (rules: src/story/timelineBoard.ts).
// Once every card is confirmed the board marks where one person would have been in two
// places at once. A table, so it reads row by row; every step is a button with a name.
import type { BoardView } from '../story/caseSession';
import { CERTAINTY_LABEL } from '../story/timelineBoard';
import { citationLabel } from '../story/citation';
import { append, byId, clear, h } from './dom';

export interface BoardActions {
  place(cardId: string, cell: number, lane: string): void;
  takeBack(cardId: string): void;
  check(): void;
  finish(): void;
}

const CERTAINTY_MARK: Record<string, string> = {
  document: '▣', witnesses: '◉', account: '◐', inference: '◇', claim: '✶', hypothesis: '?',
};

type Card = BoardView['cards'][number];

/** One line per person in two places (two cards against the same claim say it once, over
 *  the days they share), and one per place that no longer stood. */
export function mergedConflicts(conflicts: BoardView['conflicts']): BoardView['conflicts'] {
  const out: BoardView['conflicts'] = [];
  for (const k of conflicts) {
    const same = out.find((o) => o.kind === k.kind && o.person === k.person && (k.kind === 'two-places' || o.cells[0] === k.cells[0]));
    if (same) same.cells = [Math.min(same.cells[0], k.cells[0]), Math.max(same.cells[1], k.cells[1])];
    else out.push({ ...k, cells: [...k.cells] as [number, number] });
  }
  return out;
}

export class TimelineBoardPanel {
  private root = byId('activity');
  private selected: string | null = null;
  /** The row chosen for the selected card (its day buttons show in that row). */
  private lane: string | null = null;
  private last: { b: BoardView; notice: string | null; actions: BoardActions } | null = null;

  /** marksRule: the one rule for marks (modes.ts), stated with the board's own rules. */
  render(b: BoardView, notice: string | null, actions: BoardActions, nameOf: (person: string) => string = (p) => p, marksRule: string | null = null): void {
    this.nameOf = nameOf;
    this.marksRule = marksRule;
    this.last = { b, notice, actions };
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.action ?? null;
    const open = b.cards.filter((c) => !c.confirmed);
    const waiting = open.filter((c) => !c.at);
    if (this.selected && !open.some((c) => c.id === this.selected)) this.selected = null;
    if (!this.selected && waiting.length) this.selected = waiting[0].id;
    const selected = open.find((c) => c.id === this.selected) ?? null;
    if (!selected) this.lane = null;
    const inConflict = new Set(b.conflicts.flatMap((c) => c.cards));
    const laneLabel = (key: string) => b.lanes.find((l) => l.key === key)?.label ?? key;
    clear(this.root);
    this.root.className = 'board';
    this.root.setAttribute('aria-label', `Timeline board: ${b.title}`);

    const cardChip = (c: Card) =>
      h(
        'span',
        { class: `chip certainty-${c.certainty}${c.confirmed ? ' confirmed' : ' unconfirmed'}${inConflict.has(c.id) ? ' clash' : ''}${c.id === this.selected ? ' selected' : ''}`, title: `${c.text}${c.cite ? ` (${citationLabel(c.cite)})` : ''}` },
        // A card not yet checked is cut to a few lines on the board (its whole text stays for
        // screen readers, in the tooltip and on its card in the tray).
        h(
          'span',
          { class: 'chip-text' },
          h('span', { class: 'mark', 'aria-hidden': 'true' }, CERTAINTY_MARK[c.certainty]),
          h('span', { class: 'visually-hidden' }, `${CERTAINTY_LABEL[c.certainty]}: `),
          c.text,
        ),
        c.confirmed ? (c.fixed ? null : h('span', { class: 'state' }, ' ✔ confirmed')) : h('span', { class: 'state' }, ' ? not yet checked'),
        inConflict.has(c.id) ? h('strong', { class: 'clash-label' }, ' ⚠ clash') : null,
      );

    const marks = `${'●'.repeat(b.marks)}${'○'.repeat(Math.max(0, b.maxMarks - b.marks))}`;
    const rule = `${marksRule ?? (b.losesMarks ? 'A board check that confirms nothing costs a mark.' : 'Study mode: no mistake costs a mark.')}${b.losesMarks ? ' At zero marks the board starts again.' : ''}`;
    const where = selected?.at ? ` Now on ${b.cells[selected.at.from].label}, row “${laneLabel(selected.at.lane)}”.` : '';

    append(
      this.root,
      h('h2', {}, h('span', { class: 'badge' }, 'Timeline board'), b.title),
      b.complete
        ? null
        : h(
            'div',
            { class: 'board-rules' },
            h(
              'p',
              {},
              h('strong', {}, 'How to play: '),
              `read a card, put it in the row of the person or place it is about, on the day its words give. Then check the board: a check confirms cards only when at least ${b.setSize} of your unchecked ones are right, and never says which.`,
            ),
            h('p', { class: 'marks-rule' }, rule),
            h(
              'p',
              { class: 'board-status' },
              h('span', { class: 'board-marks', 'aria-label': `Credibility: ${b.marks} of ${b.maxMarks}` }, `Credibility ${marks}`),
              ` · Confirmed ${b.cards.filter((c) => c.confirmed && !c.fixed).length} of ${b.cards.filter((c) => !c.fixed).length} · Placed, not checked: ${b.unconfirmed} · Checks: ${b.checks}${b.failedChecks ? ` (${b.failedChecks} confirmed nothing)` : ''} `,
              h(
                'button',
                { type: 'button', class: 'primary check', 'data-action': 'check', disabled: b.canCheck ? undefined : true, 'aria-disabled': String(!b.canCheck), onclick: () => actions.check() },
                b.canCheck ? `Check the board (${b.unconfirmed} placed)` : `Check the board (place at least ${b.setSize})`,
              ),
            ),
          ),
      open.length
        ? h(
            'div',
            { class: 'card-tray' },
            h('p', {}, `Cards to confirm (${open.length}; scroll sideways for more): 1 · pick a card  2 · pick its row  3 · pick its day.`),
            h(
              'div',
              { class: 'tray', role: 'group', 'aria-label': 'Cards to place' },
              ...open.map((c) =>
                h(
                  'button',
                  { type: 'button', class: c.at ? 'placed' : '', 'data-action': `card-${c.id}`, 'aria-pressed': String(c.id === this.selected), onclick: () => this.select(c.id) },
                  h('span', { class: 'mark', 'aria-hidden': 'true' }, CERTAINTY_MARK[c.certainty]),
                  ` ${c.text}`,
                  h('span', { class: 'cert', title: c.cite ? citationLabel(c.cite) : '' }, `${CERTAINTY_LABEL[c.certainty]}${c.at ? ` · on the board: ${b.cells[c.at.from].label}, ${laneLabel(c.at.lane)} (not checked)` : ''}`),
                ),
              ),
            ),
            selected
              ? h(
                  'p',
                  { class: 'board-next' },
                  this.lane ? `Now pick the day in the row “${laneLabel(this.lane)}” (or another row).` : 'Now pick the row this card belongs in (the buttons in the first column).',
                  where,
                  selected.read ? h('span', { class: 'read-tip' }, ` Tip: ${selected.read}`) : null,
                  selected.at ? h('button', { type: 'button', 'data-action': 'takeback', onclick: () => actions.takeBack(selected.id) }, 'Take this card back') : null,
                )
              : null,
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
            // the chosen row gets a row of "+" buttons, one a day, for the selected card.
            ...b.lanes.flatMap((lane) => {
              const cards = b.cards.filter((c) => c.at?.lane === lane.key).sort((x, y) => x.at!.from - y.at!.from);
              const placing = selected && this.lane === lane.key;
              const rows: Array<Array<HTMLElement>> = cards.map((c) => {
                const { from, to } = c.at!;
                const cells: HTMLElement[] = [];
                for (let i = 0; i < from; i++) cells.push(h('td', {}));
                cells.push(h('td', { colspan: String(to - from + 1), class: `filled${inConflict.has(c.id) ? ' clash' : ''}${c.confirmed ? '' : ' unconfirmed'}` }, cardChip(c)));
                for (let i = to + 1; i < b.cells.length; i++) cells.push(h('td', {}));
                return cells;
              });
              if (placing) {
                rows.push(
                  b.cells.map((cell, i) =>
                    h(
                      'td',
                      { class: 'placing' },
                      h('button', { type: 'button', class: 'place', 'data-action': `place-${lane.key}-${i}`, 'aria-label': `Place “${selected!.text}” in the row ${lane.label}, on ${cell.label}`, onclick: () => this.placeSelected(selected!.id, i, lane.key) }, '+'),
                    ),
                  ),
                );
              }
              if (!rows.length) rows.push(b.cells.map(() => h('td', {})));
              const head = selected
                ? h('button', { type: 'button', class: 'lane-pick', 'data-action': `lane-${lane.key}`, 'aria-pressed': String(this.lane === lane.key), 'aria-label': `Row: ${lane.label}. Put the card in this row`, onclick: () => this.chooseLane(lane.key) }, lane.label)
                : lane.label;
              return rows.map((cells, r) =>
                h('tr', { class: r === 0 ? 'lane-start' : '' }, r === 0 ? h('th', { scope: 'row', rowspan: String(rows.length) }, head) : null, ...cells),
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
              ? h('ul', {}, ...mergedConflicts(b.conflicts).map((k) => h('li', {}, k.kind === 'two-places' ? `One person, two places: the cards marked ⚠ put ${nameOf(k.person ?? '')} in two places on ${b.cells[k.cells[0]].label}${k.cells[1] > k.cells[0] ? `–${b.cells[k.cells[1]].label}` : ''}.` : `A meeting in a place that no longer stood (${b.cells[k.cells[0]].label}).`)))
              : h('p', {}, 'The board is complete.'),
            h('button', { type: 'button', class: 'primary', 'data-action': 'finish', onclick: () => actions.finish() }, 'Continue'),
          )
        : null,
    );
    this.showScrollCue(b.cells.length);
    const again = focused && this.root.querySelector<HTMLElement>(`[data-action="${focused}"]:not([disabled])`);
    (again || this.root.querySelector<HTMLElement>('[data-action="finish"]') || this.root.querySelector<HTMLElement>(`[data-action="card-${this.selected}"]`) || this.root.querySelector<HTMLElement>('[data-action="check"]:not([disabled])'))?.focus();
  }

  private nameOf: (person: string) => string = (p) => p;
  private marksRule: string | null = null;

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

  private redraw(): void {
    if (this.last) this.render(this.last.b, this.last.notice, this.last.actions, this.nameOf, this.marksRule);
  }

  private select(id: string): void {
    this.selected = id;
    const card = this.last?.b.cards.find((c) => c.id === id);
    // A placed card opens on its row; a new one waits for the player to choose.
    this.lane = card?.at?.lane ?? null;
    this.redraw();
    this.root.querySelector<HTMLElement>(this.lane ? `[data-action^="place-${this.lane}-"]` : 'button.lane-pick')?.focus();
  }

  /** Places the card; the next card still in the tray is picked, ready for its row. */
  private placeSelected(id: string, cell: number, lane: string): void {
    const next = this.last?.b.cards.find((c) => !c.confirmed && !c.at && c.id !== id);
    this.selected = next?.id ?? id;
    this.lane = null;
    this.last?.actions.place(id, cell, lane);
  }

  private chooseLane(lane: string): void {
    this.lane = lane;
    this.redraw();
    const card = this.last?.b.cards.find((c) => c.id === this.selected);
    const day = card?.at && card.at.lane === lane ? card.at.from : 0;
    const button = this.root.querySelector<HTMLElement>(`[data-action="place-${lane}-${day}"]`);
    button?.focus();
    button?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
