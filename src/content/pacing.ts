// Pacing of a playable unit (issue 11.3): how long a first-time 16-year-old needs along the
// winning route, and where the text runs long.
//
// minutes = routeWords / 150 (words a minute) + actions × 15 s, where, along the route:
//   words   every line shown; every testimony statement once, when it first appears;
//           the text of every choice offered (the player reads them to pick one)
//   actions each decision the player makes (a Next is not one: its reading time is the line's
//           words, and counting 15 s per Next would count the reading twice — the measure
//           the issue asks for is words at 150 wpm plus 15 s per action); each choice picked;
//           one per testimony statement
//           (stepping through the testimony once when it is first shown, or revealed);
//           a press (1); a present (2: pick the item, then "Present"); pointing at the
//           line of the document after a right present (1, when the statement has a proof);
//           a deduction (2: pick the pair, then combine); a timeline board (its cards' words
//           read, 1 per card placed on a day and a row, 1 per "Check the board", 1 to finish)
// The winning route is the story walker's first solution with every press that is not
// needed to finish removed (a press is needed when it reveals a statement or hands over an
// item the route uses later).
//
// longLines: every line the case can show (any path), statements and hint steps included,
// over 40 words. longRuns: runs of more than 8 lines read one Next after another with no
// choice or action between, on any path, outside the opening scene. The opening scene is
// the run of lines from the start of the unit to its first choice or activity.
import { CaseSession, type CaseContent } from '../story/caseSession';
import type { WalkReport, WalkRun } from './storyWalker';
import { solveBoard } from '../story/timelineBoard';

export const WORDS_PER_MINUTE = 150;
export const SECONDS_PER_ACTION = 15;
export const MAX_LINE_WORDS = 40;
export const MAX_RUN_LINES = 8;
export const MAX_MINUTES = 35;

export interface Pacing {
  routeWords: number;
  actions: number;
  minutes: number;
  routeLines: number;
  longLines: Array<{ words: number; text: string }>;
  longRuns: WalkRun[];
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

interface RouteCount {
  words: number;
  actions: number;
  lines: number;
  ended: boolean;
}

/** Plays a walker route on a fresh session and counts words and actions (see the header). */
export function countRoute(content: CaseContent, route: string[]): RouteCount {
  const s = new CaseSession(content, { strict: true, mode: 'standard' });
  const c: RouteCount = { words: 0, actions: 0, lines: 0, ended: false };
  const seenStatements = new Set<string>();
  const readState = () => {
    for (;;) {
      const v = s.view();
      if (v.phase === 'line') {
        c.words += wordCount(v.line.text);
        c.lines += 1;
        s.advance();
        continue;
      }
      if (v.phase === 'choices') {
        for (const ch of v.choices) c.words += wordCount(ch.text);
      } else if (v.phase === 'cross') {
        for (const st of v.cross.statements) {
          const key = `${v.cross.id}.${st.id}`;
          if (seenStatements.has(key)) continue;
          seenStatements.add(key);
          c.words += wordCount(st.text);
          c.actions += 1;
        }
      } else if (v.phase === 'ended') c.ended = true;
      return;
    }
  };
  for (const action of route) {
    const [kind, a, b] = action.split(':');
    if (action === 'start') s.start();
    else if (kind === 'choose') {
      const v = s.view();
      if (v.phase !== 'choices') throw new Error(`expected choices for ${action}, got ${v.phase}`);
      const text = action.slice('choose:'.length);
      const choice = v.choices.find((x) => x.text === text);
      if (!choice) throw new Error(`no choice "${text}"`);
      c.actions += 1;
      s.choose(choice.index);
    } else if (kind === 'press') {
      c.actions += 1;
      s.goTo(a);
      s.press();
    } else if (kind === 'present') {
      c.actions += 2;
      s.goTo(a);
      s.present(b);
    } else if (kind === 'point') {
      c.actions += 1;
      s.point(a);
    } else if (kind === 'deduce') {
      c.actions += 2;
      s.deduce(a, b);
    } else if (kind === 'board') {
      // Each card's words are read (the day is in them), then one action per card placed (a
      // day and a row), one per check, one to go on.
      for (const card of s.boardModel(a).cards) if (!card.fixed) c.words += wordCount(card.text);
      c.actions += solveBoard(s.boardModel(a), {
        place: (card, cell, lane) => {
          c.actions += 1;
          s.placeCard(card, cell, lane);
        },
        check: () => s.checkBoard(),
      });
      c.actions += 1;
      s.finishBoard();
    } else throw new Error(`unknown route step ${action}`);
    readState();
  }
  return c;
}

/** The walker's solution without the presses the route does not need. */
export function winningRoute(content: CaseContent, solution: string[]): string[] {
  let route = [...solution];
  for (let i = route.length - 1; i >= 0; i--) {
    if (!route[i].startsWith('press:')) continue;
    const without = [...route.slice(0, i), ...route.slice(i + 1)];
    try {
      if (countRoute(content, without).ended) route = without;
    } catch {
      // the press is needed: a later step depends on it
    }
  }
  return route;
}

export function pacing(content: CaseContent, walk: WalkReport): Pacing {
  const route = walk.solution ? winningRoute(content, walk.solution) : [];
  const count = route.length ? countRoute(content, route) : { words: 0, actions: 0, lines: 0, ended: false };
  const session = new CaseSession(content, { strict: true });
  const texts = new Set(walk.lineTexts);
  for (const id of session.crossIds()) {
    for (const st of session.crossModel(id).statements) {
      texts.add(st.text);
      for (const h of st.hints) texts.add(h.text);
    }
  }
  const longLines = [...texts].map((text) => ({ words: wordCount(text), text })).filter((l) => l.words > MAX_LINE_WORDS);
  const minutes = count.words / WORDS_PER_MINUTE + (count.actions * SECONDS_PER_ACTION) / 60;
  return {
    routeWords: count.words,
    actions: count.actions,
    minutes: Math.round(minutes * 10) / 10,
    routeLines: count.lines,
    longLines,
    longRuns: walk.longRuns.filter((r) => !r.opening && r.lines > MAX_RUN_LINES),
  };
}

/** Where a line's text is written in the ink sources (by its first words), for messages. */
function locateText(sources: Array<{ file: string; text: string }>, text: string): string {
  const probe = text.slice(0, 40);
  for (const src of sources) {
    const i = src.text.indexOf(probe);
    if (i >= 0) return `${src.file}:${src.text.slice(0, i).split('\n').length}`;
  }
  return '(line not found in the sources)';
}

function locatePath(sources: Array<{ file: string; text: string }>, path: string): string {
  const [knot, stitch] = path.split('.');
  for (const src of sources) {
    const lines = src.text.split('\n');
    const k = lines.findIndex((l) => new RegExp(`^\\s*={2,}\\s*${knot}\\b`).test(l));
    if (k < 0) continue;
    if (stitch && !/^\d+$/.test(stitch)) {
      const s = lines.findIndex((l, i) => i > k && new RegExp(`^\\s*=\\s*${stitch}\\b`).test(l));
      if (s >= 0) return `${src.file}:${s + 1}`;
    }
    return `${src.file}:${k + 1}`;
  }
  return path;
}

/** The pacing limits a finished case must meet, each refusal with file and line. */
export function pacingProblems(content: CaseContent, walk: WalkReport, sources: Array<{ file: string; text: string }>): string[] {
  const p = pacing(content, walk);
  const problems: string[] = [];
  if (p.minutes > MAX_MINUTES) {
    problems.push(`story/${content.id}: ${p.minutes} minutes along the winning route (${p.routeWords} words, ${p.actions} actions); at most ${MAX_MINUTES}`);
  }
  for (const l of p.longLines) problems.push(`${locateText(sources, l.text)}: a line of ${l.words} words (at most ${MAX_LINE_WORDS}): "${l.text.slice(0, 60)}…"`);
  for (const r of p.longRuns) {
    problems.push(`${locatePath(sources, r.at)}: ${r.lines} lines in a row without a choice or action (at most ${MAX_RUN_LINES}), after ${r.after}, from "${r.first.slice(0, 50)}"`);
  }
  return problems;
}
