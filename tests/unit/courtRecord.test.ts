import { describe, expect, it } from 'vitest';
import { CourtRecord, layoutFor, validateRecordData, type RecordData } from '../../src/story/courtRecord';
import { fixtureCase } from '../helpers/cases';

const data = () => structuredClone(fixtureCase().content.record) as RecordData;

describe('the court record', () => {
  it('opens with the items marked held, evidence and profiles apart', () => {
    const r = new CourtRecord(data());
    expect(r.evidence().map((i) => i.id)).toEqual(['badge', 'note']);
    expect(r.profiles().map((i) => i.id)).toEqual(['clerk']);
    expect(r.has('letter')).toBe(false);
  });

  it('adds items mid-case once, marked new until seen', () => {
    const r = new CourtRecord(data());
    expect(r.add('letter')).toBe(true);
    expect(r.add('letter')).toBe(false);
    expect(r.isNew('letter')).toBe(true);
    r.markSeen('letter');
    expect(r.isNew('letter')).toBe(false);
    expect(() => r.add('nothing')).toThrow(/no court-record item/);
  });

  it('updates an item to a new version the player then sees', () => {
    const r = new CourtRecord(data());
    r.add('letter');
    r.update('letter', 'printed');
    expect(r.view('letter').description).toBe('printed in the press');
    expect(r.entry('letter').description).toBe('d');
    expect(() => r.update('letter', 'nope')).toThrow(/no version/);
  });

  it('saves and loads what is held and in which version', () => {
    const r = new CourtRecord(data());
    r.add('letter');
    r.update('letter', 'printed');
    const again = new CourtRecord(data());
    again.load(r.save());
    expect(again.heldIds()).toEqual(r.heldIds());
    expect(again.view('letter').description).toBe('printed in the press');
  });

  it('refuses record data with missing citations, bad kinds or duplicate ids', () => {
    const d = data();
    d.items[0].cite = 'L99999';
    (d.items[1] as { kind: string }).kind = 'rumour';
    d.items[2].id = 'badge';
    const problems = validateRecordData(d);
    expect(problems.join('\n')).toMatch(/outside the book/);
    expect(problems.join('\n')).toMatch(/kind "rumour"/);
    expect(problems.join('\n')).toMatch(/duplicate id/);
    expect(() => new CourtRecord(d)).toThrow();
  });

  it('draws each kind of evidence with its own facsimile layout', () => {
    expect(layoutFor('fact')).toBe('note');
    expect(layoutFor('telegram')).toBe('telegram');
    expect(layoutFor('statement')).toBe('transcript');
  });
});
