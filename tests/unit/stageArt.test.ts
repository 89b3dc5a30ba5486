// No placeholder ships: the validator refuses a speaker or a background without drawn art.
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/content/validateCase';
import { artProblem, PAGE_VOICES } from '../../src/stage/artManifest';
import { artOf } from '../../src/play/courtroom';
import { fixtureCase } from '../helpers/cases';
import manifest from '../../assets/art/manifest.json';

describe('art for every speaker and background', () => {
  it('refuses a speaker without a bust and a background without a picture', () => {
    const mech = fixtureCase('mechanics');
    const problems = validateCase(mech.content, mech.sources, { art: { backgrounds: [], busts: {} } });
    expect(problems.some((p) => /speaker "clerk" has no bust/.test(p))).toBe(true);
    expect(artProblem(manifest, 'background', 'moscow')).toMatch(/no art/);
    expect(artProblem(manifest, 'background', 'drammen-court')).toBeNull();
  });

  it('draws voices read from a document as a page, and needs no bust for the narrator', () => {
    expect(artProblem(manifest, 'speaker', 'narrator')).toBeNull();
    for (const v of PAGE_VOICES) expect(artProblem(manifest, 'speaker', v)).toBeNull();
    expect(artProblem(manifest, 'speaker', 'trotsky')).toBeNull();
  });

  it('finds a case\'s art in story order, for preloading', () => {
    const art = artOf({ root: ['^a', { '#': 'bg: veksal' }, { '#': 'speaker: trotsky' }, { '#': 'bg: road' }, { '#': 'speaker: narrator' }, { '#': 'bg: veksal' }] });
    expect(art).toEqual({ backgrounds: ['veksal', 'road'], speakers: ['trotsky'], order: ['bg:veksal', 'speaker:trotsky', 'bg:road'], records: [] });
  });

  it('finds the court-record items a case adds or updates, in story order, for their cards', () => {
    const art = artOf({ root: ['^a', { '#': 'add: visa' }, { '#': 'bg: veksal' }, { '#': 'update: visa stamped' }, { '#': 'add: telegram' }, { '#': 'add: visa' }] });
    expect(art.records).toEqual([{ id: 'visa', version: null }, { id: 'visa', version: 'stamped' }, { id: 'telegram', version: null }]);
    expect(art.order).toEqual(['bg:veksal']);
  });

  it('finds the faces the story names, each with the speaker named before it, in story order', () => {
    const art = artOf({ root: [{ '#': 'speaker: swen' }, { '#': 'speaker: trotsky' }, { '#': 'expression: angry' }, { '#': 'speaker: narrator' }, { '#': 'expression: thinking' }, { '#': 'speaker: swen' }, { '#': 'expression: neutral' }, { '#': 'speaker: trotsky' }, { '#': 'expression: angry' }] });
    expect(art.order).toEqual(['speaker:swen', 'speaker:trotsky', 'face:trotsky:angry']);
  });
});
