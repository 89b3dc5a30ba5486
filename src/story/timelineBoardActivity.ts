// The timeline board in play: the player places each card on the day the record gives it.
//   right cell      the card stays there
//   wrong cell      it does not stay; a notice names what to read to find its day (misplacedFeedback,
//                   timelineBoard.ts; no mark lost)
//   complete        once every card is on the board, the clashes show (one person in two
//                   places, or in a building that no longer stood); "done" plays, then # after
// The model (cells, lanes, cards) and the clash rule are read from ink in timelineBoard.ts.
import * as v from 'valibot';
import { boardConflicts, misplacedFeedback, readBoardModel, type BoardConflict, type BoardModel, type Certainty } from './timelineBoard';
import { citationLabel } from './citation';
import { SessionError, type Activity, type ActivityHost, type ActivityType, type Resume } from './activity';

export interface BoardCardView {
  id: string;
  text: string;
  lane: string;
  certainty: Certainty;
  cite: string | null;
  fixed: boolean;
  /** Where the card sits once placed (or fixed): cell indexes. */
  at: { from: number; to: number } | null;
}

export interface BoardView {
  id: string;
  title: string;
  cells: Array<{ key: string; label: string }>;
  lanes: Array<{ key: string; label: string }>;
  cards: BoardCardView[];
  conflicts: BoardConflict[];
  complete: boolean;
}

const BoardStateSchema = v.object({ id: v.string(), placed: v.array(v.string()) });
export type BoardState = v.InferOutput<typeof BoardStateSchema>;

export class TimelineBoard implements Activity<BoardState> {
  readonly kind = 'board';

  constructor(private readonly host: ActivityHost, readonly model: BoardModel, private state: BoardState) {}

  get id(): string {
    return this.model.id;
  }

  view(notice: string | null): { phase: 'board'; board: BoardView; notice: string | null } {
    const m = this.model;
    const placed = new Set(this.state.placed);
    const complete = m.cards.every((c) => c.fixed || placed.has(c.id));
    return {
      phase: 'board',
      notice,
      board: {
        id: m.id,
        title: m.title,
        cells: m.cells,
        lanes: m.lanes,
        cards: m.cards.map((c) => ({
          id: c.id, text: c.text, lane: c.lane, certainty: c.certainty, cite: c.cite, fixed: c.fixed,
          at: c.fixed || placed.has(c.id) ? { from: c.from, to: c.to } : null,
        })),
        // The clash is shown once the board is complete, when the player can see why.
        conflicts: complete ? boardConflicts(m, placed) : [],
        complete,
      },
    };
  }

  /** Put a card at a cell; it stays only where the record dates it. */
  place(cardId: string, cell: number): boolean {
    const m = this.model;
    const card = m.cards.find((c) => c.id === cardId);
    if (!card) throw new SessionError(`no card "${cardId}" on this board`);
    if (cell < 0 || cell >= m.cells.length) throw new SessionError(`no cell ${cell} on this board`);
    if (card.fixed || this.state.placed.includes(cardId)) return true;
    const correct = cell >= card.from && cell <= card.to;
    this.host.log.append({ kind: 'board-place', board: this.id, card: cardId, cell: m.cells[cell].key, correct });
    if (correct) this.state.placed.push(cardId);
    this.host.setNotice(correct ? null : misplacedFeedback(card, m.cells[cell].label, card.cite ? citationLabel(card.cite) : null));
    this.host.changed();
    return correct;
  }

  /** Once every card is placed, say what the board shows and go on with the story. */
  finish(): void {
    const { board } = this.view(null);
    if (!board.complete) throw new SessionError('place every card before finishing the board');
    this.host.log.append({ kind: 'board-complete', board: this.id, conflicts: board.conflicts.length });
    this.host.converse(`${this.id}.done`);
  }

  resume(): Resume {
    return { done: true, after: this.model.after };
  }

  save(): BoardState {
    return structuredClone(this.state);
  }
}

export const timelineBoard: ActivityType<BoardState> = {
  kind: 'board',
  slice: { version: 1, schema: BoardStateSchema },
  enter(host, id) {
    const model = host.model('board', id, readBoardModel);
    host.log.append({ kind: 'board-start', id });
    return new TimelineBoard(host, model, { id, placed: [] });
  },
  restore(host, state) {
    const model = host.model('board', state.id, readBoardModel);
    for (const c of state.placed) if (!model.cards.some((x) => x.id === c)) throw new SessionError(`no card "${c}" on ${model.id}`);
    return new TimelineBoard(host, model, structuredClone(state));
  },
};
