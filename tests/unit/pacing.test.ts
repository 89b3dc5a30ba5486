// Pacing (issue 11.3) and the content index's proof and field columns, on a fixture.
import { describe, expect, it } from 'vitest';
import { walkCase } from '../../src/content/storyWalker';
import { indexCase } from '../../src/content/contentIndex';
import { countRoute, pacing, winningRoute, wordCount } from '../../src/content/pacing';
import { fixtureCase } from '../helpers/cases';

const fx = () => fixtureCase('proofs');

describe('pacing', () => {
  const walk = walkCase(fx().content);

  it('counts words, not punctuation', () => {
    expect(wordCount('Nine: this run — is too long, 1936.')).toBe(7);
  });

  it('drops presses the winning route does not need, and keeps the ones it does', () => {
    const route = winningRoute(fx().content, ['start', 'choose:Go on', 'press:s1', 'present:s1:badge', 'point:shown', 'press:s2', 'present:s3:letter', 'point:text', 'press:s2', 'present:s1:hotel', 'point:demolished']);
    expect(route).toEqual(['start', 'choose:Go on', 'present:s1:badge', 'point:shown', 'press:s2', 'present:s3:letter', 'point:text', 'present:s1:hotel', 'point:demolished']);
  });

  it('counts the words and actions along the route', () => {
    const route = ['start', 'choose:Go on', 'present:s1:badge', 'point:shown', 'press:s2', 'present:s3:letter', 'point:text', 'present:s1:hotel', 'point:demolished'];
    const c = countRoute(fx().content, route);
    // lines: 10 opening + 9 + s1_right 1 + s2_press 1 + s3_right 1 + after_p 1 + s1_right 1 + after_q 1 = 25 Nexts,
    // which are read (their words count) but are not actions;
    // 3 + 2 statements; 1 choice; 3 presents (2 each); 3 pointings; 1 press
    expect(c.lines).toBe(25);
    expect(c.actions).toBe(5 + 1 + 6 + 3 + 1);
    expect(c.ended).toBe(true);
  });

  it('reports minutes, long lines and long runs outside the opening scene', () => {
    const p = pacing(fx().content, walk);
    expect(p.minutes).toBeCloseTo(p.routeWords / 150 + (p.actions * 15) / 60, 1);
    expect(p.longLines.map((l) => l.text)).toEqual([expect.stringMatching(/^Nine: this run is too long/)]);
    expect(p.longRuns).toEqual([expect.objectContaining({ after: 'choose:Go on', lines: 9, opening: false })]);
    expect(walk.longRuns.some((r) => r.opening && r.lines === 10)).toBe(true);
  });

  it('puts the pacing, each proof and each item\'s field keys in the content index', () => {
    const ix = indexCase(fx().content, walk);
    expect(ix.routeWords).toBeGreaterThan(0);
    expect(ix.minutes).toBeGreaterThan(0);
    const [s1, s2] = ix.crossExaminations[0].statements;
    expect(s1.proof).toMatchObject({ kind: 'direct', item: 'badge', field: 'shown', also: [{ item: 'card', field: 'said' }] });
    expect(s2.proof).toBeNull();
    const letter = ix.record.find((i) => i.id === 'letter')!;
    expect(letter.fields).toEqual(['text']);
    expect(letter.versionFields).toEqual({ printed: ['text', 'printed'] });
  });
});
