// The timeline board: claimed meetings and documented whereabouts on a day-by-day strip.
// The player places the cards the record dates; the board then shows where one person
// would have had to be in two places at once, or in a building that no longer stood.
// Written in ink by convention (story/WRITING.md):
//   knot header  # board: <knot>  # title: …  # after: <knot>
//                # cells: 1932-11-20..1932-12-07; 1917=1917      (ranges expand to days)
//                # lanes: trotsky=Trotsky & Natalia; sedov=Sedov; bristol=Place: Hotel Bristol
//   stitch card_*  one line of card text;  # lane: sedov  # who: sedov  # where: berlin
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
  lane: string;
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
      const lane = metaValue(cmds, 'lane') ?? '';
      if (!lanes.some((l) => l.key === lane)) throw new BoardModelError(`${where}: "# lane: ${lane}" is not one of the board's lanes`);
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
        lane,
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

/**
 * The feedback for a card put on a day its record does not give: it names what to read, from
 * the card's own # read: or, failing that, from the kind of record it rests on, never the day.
 * (Wrong cells cost no mark; the card does not stay.)
 */
export function misplacedFeedback(card: BoardCard, cellLabel: string, sourceLabel: string | null): string {
  const src = sourceLabel ? ` (${sourceLabel})` : '';
  const read = card.read ?? {
    document: `A document dates itself: read the date it carries${src}.`,
    witnesses: `The witnesses date it: read what they say about when${src}.`,
    account: `Trotsky's account dates it: read his words on when${src}.`,
    inference: `This day is inferred: read the fact it is inferred from${src}.`,
    claim: `A claim goes on the days the claimant named: read the testimony${src}.`,
    hypothesis: `A hypothesis goes on the days it would have to fit: read the claim it tries to save${src}.`,
  }[card.certainty];
  const span = card.to > card.from ? ' Its record gives a span of days: any day inside it will do.' : '';
  return `Not ${cellLabel}. ${read}${span}`;
}

export function boardProblems(m: BoardModel): string[] {
  const p: string[] = [];
  const all = new Set(m.cards.map((c) => c.id));
  const conflicts = boardConflicts(m, all);
  if (!conflicts.length) p.push(`${m.id}: once complete, the board shows no conflict; give cards who/where so the clash is visible`);
  return p;
}
