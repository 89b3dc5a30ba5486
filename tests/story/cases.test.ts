// Every case: compiles with no warning, every reference resolves, and the walker plays
// every path through the real story core without a dead end, an error or an unreached knot.
// Cases with a long walk are checked in files of their own (cases-<id>.test.ts), so the two
// cores share the walks; the checks themselves are in tests/helpers/caseChecks.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from '../../src/content/caseList';
import { loadCase } from '../../tools/caseFiles';
import { bestPositionProblems, sourceCheckBlocks } from '../../src/story/sourceCheck';
import { checkCase, OWN_FILE } from '../helpers/caseChecks';

for (const c of CASES) if (!OWN_FILE.includes(c.id)) checkCase(c.id);

it('every case with a file of its own has that file', () => {
  for (const id of OWN_FILE) {
    expect(CASES.some((c) => c.id === id), id).toBe(true);
    expect(existsSync(join(import.meta.dirname, `cases-${id}.test.ts`)), `cases-${id}.test.ts`).toBe(true);
  }
});

describe('source checks across the game', () => {
  it('spread the best answer over the positions (none over 40%), so picking one position does not pay', () => {
    const blocks = CASES.flatMap((c) => loadCase(c.id).sources.flatMap((s) => sourceCheckBlocks(s.file, s.text)));
    expect(blocks.length).toBeGreaterThan(20);
    expect(bestPositionProblems(blocks)).toEqual([]);
  });
});
