import { describe, expect, it } from 'vitest';
import { BOOK, CHAPTERS, chaptersOf, citationLabel, parseCitation } from '../../src/story/citation';

describe('citations point into the book', () => {
  it('parses single and multiple ranges', () => {
    expect(parseCitation('L276-278')).toEqual([{ from: 276, to: 278 }]);
    expect(parseCitation('L278-282, L1120')).toEqual([{ from: 278, to: 282 }, { from: 1120, to: 1120 }]);
  });

  it('rejects ranges outside the book, reversed or malformed', () => {
    expect(() => parseCitation('L0-3')).toThrow();
    expect(() => parseCitation('L10600-10700')).toThrow(/outside the book/);
    expect(() => parseCitation('L300-200')).toThrow();
    expect(() => parseCitation('276-278')).toThrow(/line range/);
    expect(() => parseCitation('')).toThrow();
  });

  it('names the chapter a player sees', () => {
    expect(chaptersOf('L276-278').map((c) => c.english)).toEqual(['In "socialist" Norway']);
    expect(chaptersOf('L278-282, L1120').map((c) => c.english)).toEqual(['In "socialist" Norway', 'On the Internment']);
    expect(citationLabel('L276-278')).toContain('lines 276–278');
  });

  it('has a chapter table that covers every line exactly once', () => {
    expect(CHAPTERS[0].from).toBe(1);
    expect(CHAPTERS.at(-1)!.to).toBe(BOOK.lines);
    for (let i = 1; i < CHAPTERS.length; i++) expect(CHAPTERS[i].from).toBe(CHAPTERS[i - 1].to + 1);
  });
});
