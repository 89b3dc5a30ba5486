// The timeline board in play. The rules of confirmation live beside the model (timelineBoard.ts).
//   place           the player puts a card on a day and in a row; nothing is said about it
//   take back       an unconfirmed card goes back to the tray
//   check           "Check the board": when a set of right placements is among the unconfirmed
//                   ones, that set is confirmed and locks (checkBoard); otherwise nothing is
//                   confirmed, a notice names what to read in general terms, and a mark is lost
//                   (the one marks rule, modes.ts; not in Study). At zero marks the board starts
//                   again, every placement and confirmation cleared, as a testimony does.
//   complete        once every card is confirmed, the clashes show (one person in two places,
//                   or in a building that no longer stood); "done" plays, then # after
import * as v from 'valibot';
import {
  boardConflicts, checkBoard, failedCheckFeedback, openCards, readBoardModel, setSize,
  type BoardConflict, type BoardModel, type Certainty,
} from './timelineBoard';
import { MAX_MARKS } from './modes';
import { SessionError, type Activity, type ActivityHost, type ActivityType, type Resume } from './activity';

export interface BoardCardView {
  id: string;
  text: string;
  certainty: Certainty;
  cite: string | null;
  fixed: boolean;
  /** What to read to date it (# read:), offered as a tip while hints are allowed. */
  read: string | null;
  /** Confirmed (or fixed): drawn across the days its record gives, in `lane`. */
  confirmed: boolean;
  /** Where it sits: the record's span once confirmed or fixed; the player's day while not. */
  at: { from: number; to: number; lane: string } | null;
}

export interface BoardView {
  id: string;
  title: string;
  cells: Array<{ key: string; label: string }>;
  lanes: Array<{ key: string; label: string }>;
  cards: BoardCardView[];
  conflicts: BoardConflict[];
  complete: boolean;
  marks: number;
  maxMarks: number;
  /** Right placements a check needs (3, or every card left when fewer remain). */
  setSize: number;
  /** Placed but not yet confirmed. */
  unconfirmed: number;
  canCheck: boolean;
  checks: number;
  failedChecks: number;
  /** Checks cost marks (not in Study). */
  losesMarks: boolean;
}

const PlacementSchema = v.object({ card: v.string(), cell: v.pipe(v.number(), v.integer(), v.minValue(0)), lane: v.string() });
const BoardStateSchema = v.object({
  id: v.string(),
  /** Unconfirmed placements, oldest first (the order a check confirms them in). */
  placed: v.array(PlacementSchema),
  confirmed: v.array(v.string()),
  marks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MARKS)),
  checks: v.pipe(v.number(), v.integer(), v.minValue(0)),
  failedChecks: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type BoardState = v.InferOutput<typeof BoardStateSchema>;

function fresh(id: string): BoardState {
  return { id, placed: [], confirmed: [], marks: MAX_MARKS, checks: 0, failedChecks: 0 };
}

export const RESTART_BOARD_NOTICE = 'Credibility ran out: the board starts again, every card back in the tray. Read each card before you place it.';

export class TimelineBoard implements Activity<BoardState> {
  readonly kind = 'board';

  constructor(private readonly host: ActivityHost, readonly model: BoardModel, private state: BoardState) {}

  get id(): string {
    return this.model.id;
  }

  private get complete(): boolean {
    return openCards(this.model, this.state.confirmed).length === 0;
  }

  view(notice: string | null): { phase: 'board'; board: BoardView; notice: string | null } {
    const m = this.model;
    const st = this.state;
    const complete = this.complete;
    const n = setSize(m, st.confirmed);
    return {
      phase: 'board',
      notice,
      board: {
        id: m.id,
        title: m.title,
        cells: m.cells,
        lanes: m.lanes,
        cards: m.cards.map((c) => {
          const confirmed = c.fixed || st.confirmed.includes(c.id);
          const p = st.placed.find((x) => x.card === c.id);
          return {
            id: c.id, text: c.text, certainty: c.certainty, cite: c.cite, fixed: c.fixed, read: this.host.hintsAllowed ? c.read : null, confirmed,
            at: confirmed ? { from: c.from, to: c.to, lane: c.lane } : p ? { from: p.cell, to: p.cell, lane: p.lane } : null,
          };
        }),
        // The clash is shown once the board is complete, when the player can see why.
        conflicts: complete ? boardConflicts(m, new Set(st.confirmed)) : [],
        complete,
        marks: st.marks,
        maxMarks: MAX_MARKS,
        setSize: n,
        unconfirmed: st.placed.length,
        canCheck: !complete && st.placed.length >= n && n > 0,
        checks: st.checks,
        failedChecks: st.failedChecks,
        losesMarks: this.host.rules.losesMarks,
      },
    };
  }

  private openCard(cardId: string) {
    const card = this.model.cards.find((c) => c.id === cardId);
    if (!card) throw new SessionError(`no card "${cardId}" on this board`);
    if (card.fixed || this.state.confirmed.includes(cardId)) throw new SessionError(`"${cardId}" is already confirmed`);
    return card;
  }

  /** Put a card on a day and in a row. Nothing is judged until the board is checked. */
  place(cardId: string, cell: number, lane: string): void {
    const m = this.model;
    const card = this.openCard(cardId);
    if (cell < 0 || cell >= m.cells.length) throw new SessionError(`no cell ${cell} on this board`);
    if (!m.lanes.some((l) => l.key === lane)) throw new SessionError(`no row "${lane}" on this board`);
    this.state.placed = [...this.state.placed.filter((p) => p.card !== cardId), { card: cardId, cell, lane }];
    // Logged for the teacher's report (whether it was right); the player is not told.
    const correct = cell >= card.from && cell <= card.to && card.lanes.includes(lane);
    this.host.log.append({ kind: 'board-place', board: this.id, card: cardId, cell: m.cells[cell].key, correct, lane });
    this.host.setNotice(null);
    this.host.changed();
  }

  /** Take an unconfirmed card back to the tray. */
  takeBack(cardId: string): void {
    this.openCard(cardId);
    this.state.placed = this.state.placed.filter((p) => p.card !== cardId);
    this.host.setNotice(null);
    this.host.changed();
  }

  /** "Check the board": confirms a set of right placements, or costs a mark. Returns how many it confirmed. */
  check(): number {
    const m = this.model;
    const st = this.state;
    const n = setSize(m, st.confirmed);
    if (this.complete) throw new SessionError('every card is already confirmed');
    if (st.placed.length < n) throw new SessionError(`place at least ${n} cards before checking the board`);
    const r = checkBoard(m, st.placed, st.confirmed);
    st.checks += 1;
    const ok = r.confirmed.length > 0;
    if (!ok) {
      st.failedChecks += 1;
      if (this.host.rules.losesMarks) st.marks = Math.max(0, st.marks - 1);
    }
    this.host.log.append({ kind: 'board-check', board: this.id, placed: st.placed.length, confirmed: r.confirmed.length, marksLeft: st.marks });
    if (ok) {
      st.confirmed = [...st.confirmed, ...r.confirmed];
      st.placed = st.placed.filter((p) => !r.confirmed.includes(p.card));
      const left = openCards(m, st.confirmed).length;
      this.host.setNotice(
        `Confirmed: ${r.confirmed.length} card${r.confirmed.length === 1 ? '' : 's'} lock${r.confirmed.length === 1 ? 's' : ''} in.` +
          (left ? ` ${left} still to confirm${st.placed.length ? `; the board does not say whether your other ${st.placed.length === 1 ? 'placement is' : `${st.placed.length} placements are`} right` : ''}.` : ' Every card is confirmed.'),
      );
    } else if (st.marks === 0) {
      this.state = { ...fresh(m.id), checks: st.checks, failedChecks: st.failedChecks };
      this.host.log.append({ kind: 'board-restart', id: this.id });
      this.host.setNotice(RESTART_BOARD_NOTICE);
    } else {
      const lost = this.host.rules.losesMarks ? ` One credibility mark lost; ${st.marks} left.` : '';
      this.host.setNotice(`${failedCheckFeedback(r, n)}${lost}`);
    }
    this.host.changed();
    return ok ? r.confirmed.length : 0;
  }

  /** Once every card is confirmed, say what the board shows and go on with the story. */
  finish(): void {
    const { board } = this.view(null);
    if (!board.complete) throw new SessionError('confirm every card before finishing the board');
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
  // Version 2: placements carry a row and wait for a check (version 1 kept only the cards
  // judged right at once). A version-1 board cannot be carried over: it starts again, empty.
  slice: {
    version: 2,
    schema: BoardStateSchema,
    migrations: {
      1: (old) => {
        const id = (old as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') throw new Error('the board has no id');
        return fresh(id);
      },
    },
  },
  enter(host, id) {
    const model = host.model('board', id, readBoardModel);
    host.log.append({ kind: 'board-start', id });
    return new TimelineBoard(host, model, fresh(id));
  },
  restore(host, state) {
    const model = host.model('board', state.id, readBoardModel);
    for (const c of [...state.placed.map((p) => p.card), ...state.confirmed]) if (!model.cards.some((x) => x.id === c && !x.fixed)) throw new SessionError(`no card "${c}" to place on ${model.id}`);
    for (const p of state.placed) {
      if (p.cell >= model.cells.length) throw new SessionError(`no cell ${p.cell} on ${model.id}`);
      if (!model.lanes.some((l) => l.key === p.lane)) throw new SessionError(`no row "${p.lane}" on ${model.id}`);
    }
    return new TimelineBoard(host, model, structuredClone(state));
  },
};
