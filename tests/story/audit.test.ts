// story/AUDIT.md is generated (npm run audit:md) and must match the story, the proofs, the
// reviewers' verdicts and the writers' notes on the 2026-12 audit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditMarkdown, type AuditStatement } from '../../src/content/auditTable';
import { AUDIT_PATH, auditFile } from '../../tools/audit-md';

describe('story/AUDIT.md', () => {
  it('is up to date (run npm run audit:md after changing a statement, a proof, a verdict or a note)', () => {
    expect(readFileSync(AUDIT_PATH, 'utf8') === auditFile(), 'story/AUDIT.md is stale: run npm run audit:md').toBe(true);
  });
});

describe('the audit table', () => {
  const st = (over: Partial<AuditStatement> = {}): AuditStatement => ({
    caseId: 'drammen-2', cross: 'ce_bristol', crossTitle: 'The Bristol', statement: 's2', text: 'We met in the hotel.', answers: ['hotel'],
    proof: { kind: 'direct', claim: 'the hotel', item: 'hotel', field: 'demolished', also: [{ item: 'card', field: 'note' }], reasoning: 'r', cite: { statement: 'L1', item: 'L2' } },
    ...over,
  });

  it('marks rows not yet reviewed, and a verdict on other words as out of date', () => {
    const none = auditMarkdown([st()], { verdicts: {} }, { rows: [] });
    expect(none).toContain('| drammen-2 | The Bristol (ce_bristol) | s2: We met in the hotel. | direct | hotel.demolished, card.note | not yet reviewed |  | new since the audit |');
    const old = auditMarkdown([st()], { verdicts: { 'drammen-2/ce_bristol.s2': { sound: 'SOUND', faithful: 'yes', clear: 'yes', reason: 'ok', statement: 'Other words.' } } }, { rows: [] });
    expect(old).toContain('not yet reviewed (reworded since the review) | earlier verdict: SOUND; ok |');
    const ok = auditMarkdown([st()], { verdicts: { 'drammen-2/ce_bristol.s2': { sound: 'SOUND', faithful: 'yes', clear: 'yes', reason: 'ok', statement: 'We met in the hotel.' } } }, { rows: [] });
    expect(ok).toContain('| SOUND · faithful yes · clear yes | ok |');
    expect(ok).toContain('1 reviewed (1 SOUND, 0 WEAK, 0 UNSOUND)');
  });

  it('matches the 2026-12 rows to the statements they became, and lists the ones that are gone', () => {
    const md = auditMarkdown([st(), st({ statement: 's4', text: 'Another.', proof: null })], { verdicts: {} }, {
      rows: [
        { n: '1.16', row: 'drammen/ce_bristol.s2', was: 'SOUND', how: 'kept; caveat shown' },
        { n: '1.14', row: 'drammen/ce_bulletin.s4', was: 'UNSOUND', how: 'made press-only', now: null },
        { n: '1.99', row: 'drammen/ce_bristol.s3', was: 'WEAK', how: 'reworded', now: 'drammen-2/ce_bristol.s4' },
      ],
    });
    expect(md).toContain('| 1.16 (SOUND): kept; caveat shown |');
    expect(md).toContain('no proof yet (answers: hotel)');
    expect(md).toContain('| 1.99 (WEAK): reworded |');
    expect(md).toContain('## Audit rows that are no longer contradictions');
    expect(md).toContain('| 1.14 drammen/ce_bulletin.s4 | UNSOUND | made press-only |');
  });
});
