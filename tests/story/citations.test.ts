// Every court-record item cites lines inside the book, and the lines the research team's
// outlines give for that item (by id) or, for items beyond the outlines, lines the casefile cites.
import { describe, expect, it } from 'vitest';
import { CASES } from '../../src/content/caseList';
import { BOOK, parseCitation } from '../../src/story/citation';
import { loadCaseOrThrow } from '../../tools/caseFiles';
import { casefileRanges, outlineRanges, overlaps } from '../helpers/outlineCitations';

// Our ids where the outline uses another name for the same person.
const OUTLINE_ALIAS: Record<string, string> = { judge: 'presiding-judge', 'defendant-rh': 'r-h' };

describe.each(CASES.map((c) => c.id))('citations in case %s', (id) => {
  const items = loadCaseOrThrow(id).content.record.items;
  const outline = outlineRanges();
  const cited = casefileRanges();

  it('point inside the book', () => {
    for (const item of items) {
      for (const r of parseCitation(item.cite)) {
        expect(r.from, item.id).toBeGreaterThanOrEqual(1);
        expect(r.to, item.id).toBeLessThanOrEqual(BOOK.lines);
      }
    }
  });

  it('match the ranges the outlines give for the same item', () => {
    const mismatched: string[] = [];
    for (const item of items) {
      const expected = outline.get(OUTLINE_ALIAS[item.id] ?? item.id);
      if (!expected) continue;
      if (!parseCitation(item.cite).some((r) => expected.some((e) => overlaps(r, e)))) {
        mismatched.push(`${item.id}: ${item.cite} shares no line with the outline's ${expected.map((e) => `L${e.from}-${e.to}`).join(', ')}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('cite only lines the casefile cites for some fact', () => {
    const stray = items.flatMap((item) =>
      parseCitation(item.cite)
        .filter((r) => !cited.some((c) => overlaps(r, c)))
        .map((r) => `${item.id}: L${r.from}-${r.to}`),
    );
    expect(stray).toEqual([]);
  });

  it('cover most items from the outlines', () => {
    const known = items.filter((i) => outline.has(OUTLINE_ALIAS[i.id] ?? i.id)).length;
    expect(known / items.length).toBeGreaterThan(0.8);
  });
});
