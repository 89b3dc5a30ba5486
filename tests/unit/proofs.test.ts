// Proofs (issue 10): the validator refuses a proof that does not hold, naming file and line;
// and the record never gives the answer away early (fixture tests/fixtures/proofs).
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/content/validateCase';
import { walkCase } from '../../src/content/storyWalker';
import { proofWalkProblems, recordEarly, recordEarlyProblems } from '../../src/content/validateProofs';
import type { CaseContent } from '../../src/story/caseSession';
import type { Proof } from '../../src/story/proofs';
import { fixtureCase } from '../helpers/cases';

const fx = () => fixtureCase('proofs');
const JSON_FILE = 'fixtures/proofs/proofs.json';
const INK = 'fixtures/proofs/proofs.ink';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const inkLine = (needle: string) => lineOf(fx().sources.find((s) => s.file === INK)!.text, needle);
const jsonLine = (key: string) => lineOf(fx().proofsSource!.text, `"${key}"`);

function withProofs(edit: (proofs: Record<string, Proof>) => void, record?: (c: CaseContent) => void): CaseContent {
  const content = structuredClone(fx().content);
  edit(content.proofs!.proofs);
  record?.(content);
  return content;
}

function validate(content: CaseContent, checked = true): string[] {
  return validateCase(content, fx().sources, { proofsSource: fx().proofsSource, checked });
}

describe('proofs.json', () => {
  it('loads with the case and passes every check as written', () => {
    expect(fx().proofsSource?.file).toBe(JSON_FILE);
    expect(validate(fx().content)).toEqual([]);
    const walk = walkCase(fx().content);
    expect(proofWalkProblems(fx().content, walk, { proofsSource: fx().proofsSource, checked: true })).toEqual([]);
  });

  it('refuses a contradiction without a proof in a checked case, naming the statement', () => {
    const c = withProofs((p) => delete p['ce_p.s3']);
    expect(validate(c)).toEqual([expect.stringContaining(`${INK}:${inkLine('= s3')}: statement ce_p.s3 has # answer: but no proof`)]);
    expect(validate(c, false)).toEqual([]);
  });

  it('refuses items that differ from the answer list', () => {
    const c = withProofs((p) => (p['ce_p.s1'].also = []));
    expect(validate(c)).toEqual([`${JSON_FILE}:${jsonLine('ce_p.s1')}: proof "ce_p.s1": "item" + "also" (badge) must equal the statement's # answer: (badge, card) at ${INK}:${inkLine('= s1')}; missing card`]);
    const d = withProofs((p) => p['ce_p.s1'].also.push({ item: 'note', field: 'text' }));
    expect(validate(d)).toEqual([expect.stringMatching(/ce_p\.s1.*not an answer: note$/)]);
  });

  it('refuses a field the item\'s facsimile does not have', () => {
    const c = withProofs((p) => (p['ce_p.s1'].field = 'colour'));
    expect(validate(c)).toEqual([`${JSON_FILE}:${jsonLine('ce_p.s1')}: proof "ce_p.s1": "badge" has no facsimile field "colour" (its fields: shown, when)`]);
    const d = withProofs((p) => (p['ce_p.s1'].also[0].field = 'shown'));
    expect(validate(d)).toEqual([expect.stringContaining('"card" has no facsimile field "shown"')]);
  });

  it('refuses a field missing from the version the item is in when it is presented', () => {
    // "printed" exists only in the letter's later version; at ce_p.s3 it is presented as first written.
    const c = withProofs((p) => (p['ce_p.s3'].field = 'printed'));
    expect(validate(c)).toEqual([]);
    expect(proofWalkProblems(c, walkCase(c), { proofsSource: fx().proofsSource })).toEqual([
      `${JSON_FILE}:${jsonLine('ce_p.s3')}: proof "ce_p.s3": "letter" is presented here in its first version, which has no facsimile field "printed"`,
    ]);
  });

  it('refuses a claim that is not the statement\'s words', () => {
    const c = withProofs((p) => (p['ce_p.s1'].claim = 'real policemen'));
    expect(validate(c)).toEqual([`${JSON_FILE}:${jsonLine('ce_p.s1')}: proof "ce_p.s1": claim "real policemen" is not in the statement as shown: "The men were real police officers."`]);
  });

  it('refuses cites outside the book', () => {
    const c = withProofs((p) => (p['ce_p.s1'].cite = { statement: 'L10630-10640', item: 'page 3' }));
    const problems = validate(c);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^${JSON_FILE}:${jsonLine('ce_p.s1')}: proof "ce_p.s1": cite.statement: .*outside the book`));
    expect(problems[1]).toMatch(/cite\.item: "page 3" is not a line range/);
  });

  it('refuses an implausible proof whose breakthrough says "cannot both"', () => {
    const c = withProofs((p) => (p['ce_p.s1'].kind = 'implausible'));
    expect(validate(c)).toEqual([`${INK}:${inkLine('they cannot both be true')}: ce_p.s1 is an implausible proof: its breakthrough says "hard to believe", not "cannot both"`]);
  });

  it('refuses a malformed proof, a key that names no statement and a statement without an answer', () => {
    const bad = withProofs((p) => {
      (p['ce_p.s1'] as { kind: string }).kind = 'obvious';
      p['ce_p.s1'].reasoning = '';
    });
    expect(validate(bad)).toEqual([
      `${JSON_FILE}:${jsonLine('ce_p.s1')}: proof "ce_p.s1": "kind" must be "direct" or "implausible"`,
      `${JSON_FILE}:${jsonLine('ce_p.s1')}: proof "ce_p.s1": "reasoning" is missing or empty`,
    ]);
    const keys = withProofs((p) => {
      p['ce_x.s1'] = p['ce_p.s1'];
      p['ce_p.s2'] = p['ce_p.s1'];
    });
    expect(validate(keys)).toEqual([
      expect.stringContaining('proof "ce_x.s1" names no statement of this case'),
      expect.stringContaining(`proof "ce_p.s2": the statement (${INK}:${inkLine('= s2')}) has no # answer:`),
    ]);
  });
});

describe('the record never gives the answer away early', () => {
  const early = (c: CaseContent) => recordEarlyProblems(c, walkCase(c), { proofsSource: fx().proofsSource });

  it('accepts a decisive field that appears with the story\'s # update, or an item held for the first cross', () => {
    expect(early(fx().content)).toEqual([]);
  });

  it('refuses a version that shows the decisive line before the # update that reveals it', () => {
    // The hotel card's first version tells of the demolition in its description, long before
    // the story's # update brings the "Demolished" line in.
    const c = withProofs(() => undefined, (content) => {
      const hotel = content.record.items.find((i) => i.id === 'hotel')!;
      hotel.description = 'A hotel in the city, pulled down in 1917.';
    });
    expect(early(c)).toEqual([
      `${JSON_FILE}:${jsonLine('ce_q.s1')}: "hotel" in its first version already shows the decisive "demolished" ("pulled down in 1917") before the story's # update reveals it: take it out of that version`,
    ]);
  });

  it('notes (does not refuse) an item held from the start that shows the decisive line through an earlier cross-examination', () => {
    const c = withProofs(() => undefined, (content) => {
      const hotel = content.record.items.find((i) => i.id === 'hotel')!;
      hotel.facsimile.fields.push({ key: 'demolished', label: 'Demolished', value: 'pulled down in 1917' });
    });
    const r = recordEarly(c, walkCase(c), { proofsSource: fx().proofsSource });
    expect(r.early).toEqual([]);
    expect(r.notes).toEqual([
      `${JSON_FILE}:${jsonLine('ce_q.s1')}: note: "hotel" is in the record from the start (held: true) already showing its decisive "demolished" ("pulled down in 1917") before ce_q; if the story means to bring this out later, hand it over with # add or reveal it with # update`,
    ]);
  });
});
