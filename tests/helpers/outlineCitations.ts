// Reads the research team's case outlines (../shared/design/cases/, checked against the
// book) and casefile (../shared/casefile/), to compare our citations with theirs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineRange } from '../../src/story/citation';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const REF = /L(\d+)(?:-(\d+))?/g;

function markdown(dir: string): string[] {
  const abs = join(SHARED, dir);
  if (!existsSync(abs)) throw new Error(`${abs} is missing: the tests expect ../shared beside the project`);
  return readdirSync(abs).filter((n) => n.endsWith('.md')).map((n) => readFileSync(join(abs, n), 'utf8'));
}

function refs(text: string): LineRange[] {
  return [...text.matchAll(REF)].map((m) => ({ from: Number(m[1]), to: Number(m[2] ?? m[1]) }));
}

/** For every id in an outline table row: every line range written on that row. */
export function outlineRanges(): Map<string, LineRange[]> {
  const out = new Map<string, LineRange[]>();
  for (const text of markdown('design/cases')) {
    for (const line of text.split('\n')) {
      const m = /^\|\s*`([a-z0-9-]+)`[^|]*\|/.exec(line);
      if (m) out.set(m[1], [...(out.get(m[1]) ?? []), ...refs(line)]);
    }
  }
  return out;
}

/** Every line range the casefile and the outlines cite anywhere. */
export function casefileRanges(): LineRange[] {
  return [...markdown('casefile'), ...markdown('design/cases')].flatMap(refs);
}

export function overlaps(a: LineRange, b: LineRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}
