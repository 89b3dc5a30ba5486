// Random playthroughs and damaged saves, for the property tests (tests/story/fuzz.test.ts,
// a few runs per case) and for `npm run fuzz` (tools/fuzz.ts, 10,000 per case).
// A playthrough takes only actions the screen offers at that moment; it saves and reloads
// at random points into a fresh session, and checks that save → load → save is identical.
import fc from 'fast-check';
import { CaseSession, SessionError, type CaseContent, type SessionSave } from '../src/story/caseSession';
import { GameStorage, MemoryStorage, SaveStore } from '../src/save/saveGame';
import { STORAGE_PREFIX } from '../src/save/storage';
import { answerFor } from '../src/story/timelineBoard';

export interface Figures {
  runs: number;
  steps: number;
  reloads: number;
  endings: number;
  mutations: number;
  refused: number;
  accepted: number;
}

export function newFigures(): Figures {
  return { runs: 0, steps: 0, reloads: 0, endings: 0, mutations: 0, refused: 0, accepted: 0 };
}

const clock = () => {
  let t = Date.UTC(2026, 10, 25, 9);
  return () => new Date((t += 1000));
};

/** The actions the screen offers now, as closures. */
export function actions(s: CaseSession, pick: number): Array<() => void> {
  const v = s.view();
  switch (v.phase) {
    case 'line':
      // Mostly read on to the next decision in one step (so playthroughs get through a case);
      // now and then a single line, so reloads also land in the middle of a conversation.
      return pick % 4 === 0
        ? [() => s.advance()]
        : [() => {
            for (let n = 0; n < 400 && s.view().phase === 'line'; n++) s.advance();
          }];
    case 'choices':
      return v.choices.map((c) => () => s.choose(c.index));
    case 'cross': {
      if (v.cross.pointing) {
        // Point to the line: any line of the document (the right one among them), or, in
        // Study, skip the step.
        const p = v.cross.pointing;
        const fields = s.record.view(p.item).facsimile.fields.map((f) => f.key);
        const out = fields.map((f) => () => s.point(f));
        if (s.currentMode === 'study') out.push(() => s.skipPoint());
        return out;
      }
      const st = v.cross.statements;
      const held = s.record.heldIds();
      const statement = s.currentStatement();
      const out = [() => s.step(1), () => s.step(-1), () => s.press(), () => s.goTo(st[pick % st.length].id)];
      out.push(() => s.present(held[pick % held.length]));
      // Now and then the right answer, so playthroughs get past the testimony.
      if (statement.answers.length && s.record.has(statement.answers[0])) out.push(() => s.present(statement.answers[0]), () => s.present(statement.answers[0]));
      if (v.cross.canHint) out.push(() => void s.hint());
      return out;
    }
    case 'deduction': {
      const held = s.record.heldIds();
      const m = s.deductionModel(v.deduction.id);
      const out = [() => s.deduce(held[pick % held.length], held[(pick + 1 + (pick >> 3)) % held.length])].filter(() => held.length > 1);
      const [a, b] = m.right[0];
      if (s.record.has(a) && s.record.has(b)) out.push(() => s.deduce(a, b));
      if (v.deduction.hintsAllowed) out.push(() => void s.deductionHint());
      return out.length ? out.filter((_, i) => i > 0 || held[pick % held.length] !== held[(pick + 1 + (pick >> 3)) % held.length]) : [];
    }
    case 'board': {
      // Random placements (day and row), right ones, taking back, and checks: some checks
      // fail (a mark; at zero the board starts again), the right placements get it confirmed.
      if (v.board.complete) return [() => s.finishBoard()];
      const open = v.board.cards.filter((c) => !c.confirmed);
      const card = open[pick % open.length];
      const m = s.boardModel(v.board.id).cards.find((c) => c.id === card.id)!;
      const right = answerFor(m);
      const lanes = v.board.lanes;
      const out = [
        () => s.placeCard(card.id, pick % v.board.cells.length, lanes[(pick >> 2) % lanes.length].key),
        () => s.placeCard(card.id, right.cell, right.lane),
        () => s.placeCard(card.id, right.cell, right.lane),
      ];
      if (card.at) out.push(() => s.takeBackCard(card.id));
      if (v.board.canCheck) out.push(() => void s.checkBoard());
      return out;
    }
    case 'ended':
      return [];
  }
}

export function reload(content: CaseContent, s: CaseSession): CaseSession {
  const saved = JSON.parse(JSON.stringify(s.save())) as SessionSave;
  const b = new CaseSession(content, { strict: true, clock: clock() });
  b.load(saved);
  const again = b.save();
  if (JSON.stringify(again) !== JSON.stringify(saved)) throw new Error('save → load → save differs');
  if (JSON.stringify(b.view()) !== JSON.stringify(s.view())) throw new Error('the view differs after a reload');
  return b;
}

export interface Tape {
  mode: 'study' | 'standard' | 'expert';
  steps: Array<{ pick: number; reload: boolean }>;
}

export const tapeArb = (maxSteps: number): fc.Arbitrary<Tape> =>
  fc.record({
    mode: fc.constantFrom('study' as const, 'standard' as const, 'expert' as const),
    steps: fc.array(fc.record({ pick: fc.nat(), reload: fc.integer({ min: 0, max: 7 }).map((n) => n === 0) }), { minLength: Math.min(20, maxSteps), maxLength: maxSteps, size: 'max' }),
  });

/** Plays a tape; throws on any error (every action taken is one the screen offered). */
export function playTape(content: CaseContent, tape: Tape, figures: Figures): CaseSession {
  let s = new CaseSession(content, { strict: true, clock: clock(), mode: tape.mode });
  s.start();
  figures.runs++;
  for (const { pick, reload: r } of tape.steps) {
    const options = actions(s, pick);
    if (!options.length) break;
    options[pick % options.length]();
    figures.steps++;
    if (r) {
      s = reload(content, s);
      figures.reloads++;
    }
  }
  if (s.view().phase === 'ended') figures.endings++;
  return s;
}

export type Mutation =
  | { kind: 'truncate'; at: number }
  /** A leaf changed to another value of the same type: passes the schema more often, so the
   *  rules of the game have to cope with it. */
  | { kind: 'nudge'; path: number[]; n: number }
  | { kind: 'replace'; path: number[]; value: unknown }
  | { kind: 'delete'; path: number[] };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('nudge' as const), path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), n: fc.integer({ min: -3, max: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
);

function nudged(v: unknown, n: number, siblings: unknown[]): unknown {
  if (typeof v === 'number') return v + n;
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'string') {
    const other = siblings.filter((x): x is string => typeof x === 'string' && x !== v);
    return other.length ? other[Math.abs(n) % other.length] : `${v}-${n}`;
  }
  if (Array.isArray(v)) return n % 2 ? v.slice(1) : [...v, ...v.slice(0, 1)];
  if (v === null) return n;
  return v;
}

/** Walks into the JSON by picking, at each level, the key (or index) numbered path[i]. */
function mutate(json: string, m: Mutation): string {
  if (m.kind === 'truncate') return json.slice(0, m.at % json.length);
  const root = JSON.parse(json) as unknown;
  let node = root as Record<string, unknown>;
  for (let i = 0; i < m.path.length; i++) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = keys[m.path[i] % keys.length];
    const last = i === m.path.length - 1 || !node[key] || typeof node[key] !== 'object';
    if (last) {
      if (m.kind === 'delete') delete node[key];
      else if (m.kind === 'replace') node[key] = m.value;
      else node[key] = nudged(node[key], m.n, keys.map((k) => node[k]));
      break;
    }
    node = node[key] as Record<string, unknown>;
  }
  return JSON.stringify(root);
}

/** A damaged save must end in a result (restored or refused in words), never an uncaught error;
 *  a save that is accepted must play on, and save → load → save identically. */
export function tryMutatedSave(content: CaseContent, tape: Tape, m: Mutation, figures: Figures): void {
  const played = playTape(content, tape, figures);
  const storage = new MemoryStorage();
  const store = new SaveStore(new GameStorage(storage));
  store.write(content, played.save());
  const key = `${STORAGE_PREFIX}save/${content.id}`;
  storage.setItem(key, mutate(storage.getItem(key)!, m));
  figures.mutations++;
  store.status(content.id);
  const r = store.restore(content, { strict: true, clock: clock() });
  if (!r.ok) {
    if (!r.message) throw new Error('a refused save without a message');
    figures.refused++;
    return;
  }
  figures.accepted++;
  let s = r.session;
  s.view();
  s = reload(content, s);
  // A save that passed its checks plays on; a rule the story core refuses is a SessionError,
  // which the game shows as a message.
  for (const { pick } of tape.steps.slice(0, 20)) {
    const options = actions(s, pick);
    if (!options.length) break;
    try {
      options[pick % options.length]();
    } catch (e) {
      if (e instanceof SessionError) break;
      throw e;
    }
  }
}
