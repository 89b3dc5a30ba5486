// Replays a walker route on a session, one player action at a time.
import type { CaseSession } from '../../src/story/caseSession';
import { answerFor, openCards } from '../../src/story/timelineBoard';

/** Splits a route into single steps: every line advance is its own step. */
export function* replay(session: CaseSession, route: string[]): Generator<string> {
  for (const action of route) {
    if (action === 'start') {
      session.start();
      yield 'start';
    } else {
      while (session.view().phase === 'line') {
        session.advance();
        yield 'advance';
      }
      const [kind, a, b] = action.split(':');
      if (kind === 'choose') {
        const text = action.slice('choose:'.length);
        const v = session.view();
        if (v.phase !== 'choices') throw new Error(`expected choices for ${action}, got ${v.phase}`);
        session.choose(v.choices.find((c) => c.text === text)!.index);
      } else if (kind === 'press') {
        session.goTo(a);
        session.press();
      } else if (kind === 'present') {
        session.goTo(a);
        session.present(b);
      } else if (kind === 'point') {
        session.point(a);
      } else if (kind === 'deduce') {
        session.deduce(a, b);
      } else if (kind === 'board') {
        // One step per card placed, then the checks, as a player does.
        const m = session.boardModel(a);
        for (const card of openCards(m, [])) {
          const { cell, lane } = answerFor(card);
          session.placeCard(card.id, cell, lane);
          yield `place:${card.id}`;
        }
        while (!(session.view() as { board: { complete: boolean } }).board.complete) {
          session.checkBoard();
          yield 'check';
        }
        session.finishBoard();
      } else throw new Error(`unknown route step ${action}`);
      yield action;
    }
  }
  while (session.view().phase === 'line') {
    session.advance();
    yield 'advance';
  }
}
