// The timeline board: claimed meetings and documented whereabouts on a day-by-day strip.
// The player reads each card (the document's words, never a ready date) and places it on a
// day AND in a row (whose whereabouts, or which place); "Check the board" confirms placements
// only in sets (checkBoard, below); once every card is confirmed the board shows where one
// person would have had to be in two places at once, or in a building that no longer stood.
// Written in ink by convention (story/WRITING.md):
//   knot header  # board: <knot>  # title: …  # after: <knot>
//                # cells: 1932-11-20..1932-12-07; 1917=1917      (ranges expand to days)
//                # lanes: trotsky=Trotsky & Natalia; sedov=Sedov; bristol=Place: Hotel Bristol
//   stitch card_*  one line of card text;  # lane: sedov  # who: sedov  # where: berlin
//                  (# lane: trotsky, sedov  when the card is about both: either row is right)
//                  # day: 1932-12-03  or  # day: 1932-11-01..1932-11-30   # certainty: document
//                  # cite: L4129-4130   # fixed (already on the board)   # until: 1917 (a place that ended)
//   stitch done    what is said once the board is complete (then the story goes on at # after)
import type { Story } from 'inkjs';
import { readAside, stitchNames, tagsAt } from './inkStory';
import { hasMeta, idList, metaValue, type TagError } from './tags';

export const CERTAINTIES = ['document', 'witnesses', 'account', 'inference', 'claim', 'hypothesis'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  document: 'Document',
  witnesses: 'Witnesses',
  account: "Trotsky's account",
  inference: 'Inference',
  claim: 'Claim (Moscow record)',
  hypothesis: 'Hypothesis',
};

export interface BoardCell {
  key: string;
  label: string;
}

export interface BoardCard {
  id: string;
  text: string;
  /** The row it is drawn in by default: the first of `lanes`. */
  lane: string;
  /** Every row that is right for it (the card concerns each of them). */
  lanes: string[];
  who: string[];
  where: string | null;
  /** Index range into the board's cells. */
  from: number;
  to: number;
  certainty: Certainty;
  cite: string | null;
  fixed: boolean;
  /** For a place: the cell index after which it no longer existed. */
  until: number | null;
  /** What to read to find its day (# read:), said when it is put on a wrong day. */
  read: string | null;
}

export interface BoardModel {
  id: string;
  title: string;
  after: string;
  cells: BoardCell[];
  lanes: Array<{ key: string; label: string }>;
  cards: BoardCard[];
}

export interface BoardConflict {
  kind: 'two-places' | 'place-gone';
  cards: [string, string];
  person: string | null;
  cells: [number, number];
}

export class BoardModelError extends Error {
  name = 'BoardModelError';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayLabel(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]}`;
}

/** "1932-11-20..1932-11-22; 1917=1917" → cells, ranges expanded to single days. */
export function parseCells(spec: string): BoardCell[] {
  const cells: BoardCell[] = [];
  for (const part of spec.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [key, label] = part.split('=').map((s) => s.trim());
    const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key);
    if (range) {
      const end = new Date(`${range[2]}T00:00:00Z`);
      for (let d = new Date(`${range[1]}T00:00:00Z`); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
        const iso = d.toISOString().slice(0, 10);
        cells.push({ key: iso, label: dayLabel(iso) });
      }
      if (cells.length > 400) throw new BoardModelError(`cells "${part}" span too many days`);
    } else {
      cells.push({ key, label: label ?? (/^\d{4}-\d{2}-\d{2}$/.test(key) ? dayLabel(key) : key) });
    }
  }
  return cells;
}

function cellIndex(cells: BoardCell[], key: string, where: string): number {
  const i = cells.findIndex((c) => c.key === key);
  if (i < 0) throw new BoardModelError(`${where}: "${key}" is not a cell of the board`);
  return i;
}

export function readBoardModel(story: Story, knot: string, onTagError?: (e: TagError) => void): BoardModel {
  const header = tagsAt(story, knot, onTagError);
  const tag = header.find((c) => c.type === 'board');
  if (!tag || tag.type !== 'board' || tag.id !== knot) throw new BoardModelError(`knot "${knot}" needs "# board: ${knot}" in its header`);
  const after = metaValue(header, 'after');
  if (!after) throw new BoardModelError(`board "${knot}" needs "# after: <knot>"`);
  const cells = parseCells(metaValue(header, 'cells') ?? '');
  if (cells.length < 2) throw new BoardModelError(`board "${knot}" needs "# cells: …" with at least two cells`);
  const lanes = (metaValue(header, 'lanes') ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [key, label] = s.split('=').map((x) => x.trim());
      return { key, label: label ?? key };
    });
  if (!lanes.length) throw new BoardModelError(`board "${knot}" needs "# lanes: key=Label; …"`);
  const stitches = stitchNames(story, knot);
  if (!stitches.includes('done')) throw new BoardModelError(`board "${knot}" needs a "done" stitch`);
  const cards = stitches
    .filter((s) => s.startsWith('card_'))
    .map((s): BoardCard => {
      const where = `${knot}.${s}`;
      const lines = readAside(story, where, onTagError);
      if (lines.length !== 1) throw new BoardModelError(`${where} must be exactly one line of card text`);
      const cmds = lines[0].commands;
      const cardLanes = idList(metaValue(cmds, 'lane'));
      if (!cardLanes.length) throw new BoardModelError(`${where} needs "# lane: <lane>"`);
      for (const lane of cardLanes) if (!lanes.some((l) => l.key === lane)) throw new BoardModelError(`${where}: "# lane: ${lane}" is not one of the board's lanes`);
      const day = metaValue(cmds, 'day');
      if (!day) throw new BoardModelError(`${where} needs "# day: <cell>" or "# day: <cell>..<cell>"`);
      const [a, b] = day.split('..').map((x) => x.trim());
      const from = cellIndex(cells, a, where);
      const to = b ? cellIndex(cells, b, where) : from;
      if (to < from) throw new BoardModelError(`${where}: the day range runs backwards`);
      const certainty = (metaValue(cmds, 'certainty') ?? '') as Certainty;
      if (!CERTAINTIES.includes(certainty)) throw new BoardModelError(`${where}: "# certainty:" must be one of ${CERTAINTIES.join(', ')}`);
      const until = metaValue(cmds, 'until');
      const cite = cmds.find((c) => c.type === 'cite');
      return {
        id: s,
        text: lines[0].text,
        lane: cardLanes[0],
        lanes: cardLanes,
        who: idList(metaValue(cmds, 'who')),
        where: metaValue(cmds, 'where') ?? null,
        from,
        to,
        certainty,
        cite: cite && cite.type === 'cite' ? cite.cite : null,
        fixed: hasMeta(cmds, 'fixed'),
        until: until ? cellIndex(cells, until, where) : null,
        read: metaValue(cmds, 'read') ?? null,
      };
    });
  if (!cards.some((c) => !c.fixed)) throw new BoardModelError(`board "${knot}" has no card for the player to place`);
  return { id: knot, title: metaValue(header, 'title') ?? knot, after, cells, lanes, cards };
}

/** Where the placed cards say one person was in two places at once, or in a place that was gone. */
export function boardConflicts(model: BoardModel, placed: ReadonlySet<string>): BoardConflict[] {
  const on = model.cards.filter((c) => c.fixed || placed.has(c.id));
  const out: BoardConflict[] = [];
  for (let i = 0; i < on.length; i++) {
    for (let j = i + 1; j < on.length; j++) {
      const a = on[i];
      const b = on[j];
      const from = Math.max(a.from, b.from);
      const to = Math.min(a.to, b.to);
      if (from <= to && a.where && b.where && a.where !== b.where) {
        const person = a.who.find((p) => b.who.includes(p));
        if (person) out.push({ kind: 'two-places', cards: [a.id, b.id], person, cells: [from, to] });
      }
      for (const [place, visitor] of [[a, b], [b, a]] as const) {
        if (place.until !== null && visitor.where === place.where && visitor.from > place.until && visitor.id !== place.id) {
          out.push({ kind: 'place-gone', cards: [place.id, visitor.id], person: null, cells: [visitor.from, visitor.to] });
        }
      }
    }
  }
  return out;
}

// ---- the rules of play ----------------------------------------------------------------
// Why sets (Return of the Obra Dinn): if each placement were judged at once, trying every
// cell would solve the board without reading. So a placement says nothing; "Check the board"
// confirms only when a whole set of CHECK_SET unconfirmed placements is right (or every card
// left, when fewer remain), and it never says which of them are right. The chance that a set
// placed at random is right is the product of each card's right cells over the board's cells
// (a few in a thousand or less on every board; tests/story/boardConfirmation.test.ts), and
// each check that confirms nothing costs a mark under the one marks rule (modes.ts): at zero
// the board starts again, so a guesser cannot buy the answer with attempts.

/** How many right placements a check needs before it confirms any. */
export const CHECK_SET = 3;

/** Where the player put a card: a day (cell index) and a row (lane key). */
export interface Placement {
  card: string;
  cell: number;
  lane: string;
}

/** The card is on a day its record allows, in a row it concerns. */
export function isRight(card: BoardCard, p: { cell: number; lane: string }): boolean {
  return p.cell >= card.from && p.cell <= card.to && card.lanes.includes(p.lane);
}

/** A right placement of the card (its first day and first row): what the walker plays. */
export function answerFor(card: BoardCard): { cell: number; lane: string } {
  return { cell: card.from, lane: card.lanes[0] };
}

/** The cards the player still has to get confirmed. */
export function openCards(model: BoardModel, confirmed: readonly string[]): BoardCard[] {
  return model.cards.filter((c) => !c.fixed && !confirmed.includes(c.id));
}

/** The size of the next set: CHECK_SET, or every card left when fewer remain. */
export function setSize(model: BoardModel, confirmed: readonly string[]): number {
  return Math.min(CHECK_SET, openCards(model, confirmed).length);
}

export interface CheckResult {
  /** The cards this check confirms (none when fewer than a set are right). */
  confirmed: string[];
  /** The unconfirmed placements that are wrong (for the general feedback, never shown by name). */
  wrong: BoardCard[];
  /** Every unconfirmed placement this check looked at (what a failed check talks about). */
  checked: BoardCard[];
}

/**
 * Judges the unconfirmed placements, oldest first. When every card left is placed and right,
 * all are confirmed; otherwise the right ones are confirmed in whole sets (3 right of 4 placed:
 * the 3 oldest right lock, the fourth stays unconfirmed whether right or not), so the player
 * learns that a set was right, never which placement was wrong.
 */
export function checkBoard(model: BoardModel, placed: readonly Placement[], confirmed: readonly string[]): CheckResult {
  const open = openCards(model, confirmed);
  const byId = new Map(open.map((c) => [c.id, c]));
  const mine = placed.filter((p) => byId.has(p.card));
  const right = mine.filter((p) => isRight(byId.get(p.card)!, p)).map((p) => p.card);
  const wrongP = mine.filter((p) => !isRight(byId.get(p.card)!, p));
  const n = setSize(model, confirmed);
  const all = right.length === open.length;
  const take = all ? right.length : n > 0 ? Math.floor(right.length / n) * n : 0;
  return {
    confirmed: right.slice(0, take),
    wrong: wrongP.map((p) => byId.get(p.card)!),
    checked: mine.map((p) => byId.get(p.card)!),
  };
}

/** Plays a board the way a reader who dated every card would: each card on a right day and
 *  row, then checks until all are confirmed (the walker, the pacing index, test replays). */
export function solveBoard(model: BoardModel, play: { place(card: string, cell: number, lane: string): void; check(): number }): number {
  const open = openCards(model, []);
  for (const c of open) {
    const a = answerFor(c);
    play.place(c.id, a.cell, a.lane);
  }
  let checks = 0;
  for (let confirmed = 0; confirmed < open.length; checks++) {
    const n = play.check();
    if (!n) throw new BoardModelError(`${model.id}: a check of right placements confirmed nothing`);
    confirmed += n;
  }
  return checks;
}

const READ_BY_CERTAINTY: Record<Certainty, string> = {
  document: 'a document dates itself: read the date it carries, not a date it mentions',
  witnesses: 'witnesses date what they saw: read what they say about when',
  account: "Trotsky's account dates it: read his words on when",
  inference: 'an inferred day follows from another card: read the fact it is inferred from',
  claim: 'a claim goes on the days the claimant named: read the testimony, not the record against it',
  hypothesis: 'a hypothesis goes on the days it would have to fit: read the claim it tries to save',
};

/**
 * What a failed check says: how many it needed, and what to read, in general terms: how each
 * kind of record among ALL the checked placements is dated, the rule for rows, and the rule for
 * spans. Naming only the wrong cards' kinds would single a card out (three placed, one kind
 * named), so it never names a card, a day, a row, or anything that holds for the wrong ones only.
 */
export function failedCheckFeedback(result: CheckResult, needed: number): string {
  const kinds = [...new Set(result.checked.map((c) => c.certainty))].sort((a, b) => CERTAINTIES.indexOf(a) - CERTAINTIES.indexOf(b));
  const row = ' A card goes in the row of the person it follows or the place it describes.';
  const read = kinds.length ? ` Read the cards again: ${kinds.map((k) => READ_BY_CERTAINTY[k]).join('; ')}.` : '';
  const span = result.checked.some((c) => c.to > c.from) ? ' Where a card says the record gives only a span, any day inside it will do.' : '';
  return `Not confirmed: fewer than ${needed} of your unconfirmed placements are right, and the board does not say which.${read}${row}${span}`;
}

export function boardProblems(m: BoardModel): string[] {
  const p: string[] = [];
  const all = new Set(m.cards.map((c) => c.id));
  const conflicts = boardConflicts(m, all);
  if (!conflicts.length) p.push(`${m.id}: once complete, the board shows no conflict; give cards who/where so the clash is visible`);
  // The clash is the player's finding: at least one comes from two cards the player places,
  // and none is made by pre-placed (# fixed) cards alone.
  const fixed = new Set(m.cards.filter((c) => c.fixed).map((c) => c.id));
  if (conflicts.length && !conflicts.some((k) => !fixed.has(k.cards[0]) && !fixed.has(k.cards[1]))) p.push(`${m.id}: every clash involves a # fixed card; the player's own placements must make one`);
  for (const k of conflicts) if (fixed.has(k.cards[0]) && fixed.has(k.cards[1])) p.push(`${m.id}: ${k.cards.join(' and ')} are both # fixed and clash: the board would make the point for the player`);
  // A card that prints its own date ("1 Dec: …") is transcription, not reading.
  for (const c of m.cards) if (!c.fixed && /^\s*\d{1,2}\s+[A-Z][a-z]{2,8}\b\s*:/.test(c.text)) p.push(`${m.id}.${c.id}: the card begins with a ready date; give the document's words instead`);
  return p;
}
