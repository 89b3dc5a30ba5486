import { describe, expect, it } from 'vitest';
import { Backlog } from '../../src/story/backlog';
import { CaseSession } from '../../src/story/caseSession';
import { fakeClock, fixtureCase, miniSession, skipLines } from '../helpers/cases';

describe('the backlog', () => {
  it('keeps every line shown, in order, with its speaker', () => {
    const s = miniSession();
    const shown: Array<{ speaker: string | null; text: string }> = [];
    const record = () => {
      const v = s.view();
      if (v.phase === 'line') shown.push({ speaker: v.line.speaker, text: v.line.text });
    };
    record();
    while (s.view().phase === 'line') {
      s.advance();
      record();
    }
    expect(shown.length).toBeGreaterThan(1);
    expect(s.backlog.all()).toEqual(shown);
  });

  it('survives a save and load, and a save from before it existed loads with an empty backlog', () => {
    const s = miniSession();
    skipLines(s);
    const saved = JSON.parse(JSON.stringify(s.save()));
    expect(saved.backlog.data.length).toBe(s.backlog.all().length);
    const again = new CaseSession(fixtureCase().content, { clock: fakeClock() });
    again.load(saved);
    expect(again.backlog.all()).toEqual(s.backlog.all());
    const old = { ...saved };
    delete old.backlog;
    const older = new CaseSession(fixtureCase().content, { clock: fakeClock() });
    expect(() => older.load(old)).not.toThrow();
    expect(older.backlog.all()).toEqual([]);
  });

  it('reads what it can of a damaged list and keeps only the newest lines past its limit', () => {
    const b = new Backlog(3);
    b.load([{ speaker: 'judge', text: 'a' }, null, { speaker: 5, text: 'b' }, { speaker: null, text: 'c' }, { text: 'd' }, 'e']);
    expect(b.all()).toEqual([{ speaker: 'judge', text: 'a' }, { speaker: null, text: 'c' }]);
    for (const t of ['x', 'y', 'z']) b.push({ speaker: null, text: t });
    expect(b.all().map((e) => e.text)).toEqual(['x', 'y', 'z']);
    expect(b.save()).toEqual(b.all());
    b.load('nonsense');
    expect(b.all()).toEqual([]);
  });
});
