// Test helpers: load a case from story/ or from tests/fixtures, compiled like the build does.
import { fileURLToPath } from 'node:url';
import { loadCaseOrThrow, type LoadedCase } from '../../tools/caseFiles';
import { CaseSession, type SessionOptions } from '../../src/story/caseSession';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const cache = new Map<string, LoadedCase>();

export function fixtureCase(id = 'mini'): LoadedCase {
  const key = `fixture:${id}`;
  if (!cache.has(key)) cache.set(key, loadCaseOrThrow(id, FIXTURES));
  return cache.get(key)!;
}

export function storyCase(id: string): LoadedCase {
  if (!cache.has(id)) cache.set(id, loadCaseOrThrow(id));
  return cache.get(id)!;
}

/** A fixed clock so logs compare equal. */
export function fakeClock(start = Date.UTC(2026, 10, 25, 9, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

export function miniSession(opts: SessionOptions = {}): CaseSession {
  const s = new CaseSession(fixtureCase().content, { strict: true, clock: fakeClock(), ...opts });
  s.start();
  return s;
}

/** Advance through lines until the view is not a plain line. */
export function skipLines(s: CaseSession): void {
  let n = 0;
  while (s.view().phase === 'line') {
    if (++n > 500) throw new Error('too many lines');
    s.advance();
  }
}
