import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/save/saveGame';
import { GameStorage } from '../../src/save/storage';
import { PlayerStorage, nameKey } from '../../src/classroom/players';
import { applySaveFile, makeSaveFile, readSaveFile } from '../../src/classroom/saveFile';
import { answerKey, questionsFor } from '../../src/classroom/answerKey';
import { storyCase } from '../helpers/cases';

function tab(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const m = new MemoryStorage();
  return { getItem: (k) => m.getItem(k), setItem: (k, v) => m.setItem(k, v), removeItem: (k) => m.removeItem(k) };
}

describe('shared devices: one storage per student name', () => {
  it('files every key under the player; the device lists the names; a new tab starts with no one', () => {
    const device = new MemoryStorage();
    const p = new PlayerStorage(device, tab());
    const g = new GameStorage(p);
    g.set('settings', 'guest');
    p.use('  Ann   Lee ');
    expect(p.player).toBe('Ann Lee');
    g.set('settings', 'ann');
    p.use('ann lee'); // the same student, another spelling
    expect(p.player).toBe('Ann Lee');
    p.use('Ben');
    expect(g.get('settings')).toBeNull(); // Ben's own (defaults)
    g.set('settings', 'ben');
    expect(p.players()).toEqual(['Ann Lee', 'Ben']);
    expect(device.getItem('exhibit-1937/settings')).toBe('guest');
    expect(device.getItem('exhibit-1937/player/ann%20lee/settings')).toBe('ann');
    expect(device.getItem('exhibit-1937/player/ben/settings')).toBe('ben');
    const next = new PlayerStorage(device, tab());
    expect(next.player).toBeNull();
    expect(nameKey('ÀNN')).toBe(nameKey('Ànn'));
  });
});

describe('save file: take progress home', () => {
  const IDS = ['prologue', 'drammen-1'];
  function device(player: string | null) {
    const p = new PlayerStorage(new MemoryStorage(), tab());
    p.use(player);
    return { p, g: new GameStorage(p) };
  }

  it('moves a player’s progress to a fresh device', () => {
    const a = device('Ann');
    a.g.set('answers/prologue', JSON.stringify({ 'Who?': 'Both.' }));
    a.g.set('progress/prologue', JSON.stringify({ caseId: 'prologue', log: [] }));
    a.g.set('settings', '{"version":1}');
    const file = makeSaveFile(a.g, 'Ann', IDS);
    const r = readSaveFile(JSON.stringify(file), IDS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cases).toEqual(['prologue']);
    const b = device(null);
    b.p.use(r.file.player);
    expect(applySaveFile(b.g, r.file)).toBeNull();
    expect(b.g.get('answers/prologue')).toBe(a.g.get('answers/prologue'));
  });

  it('refuses a damaged, edited or foreign file, saying so', () => {
    const a = device('Ann');
    a.g.set('save/prologue', '{"format":"exhibit-1937-save","schema":2,"caseId":"prologue"}');
    const text = JSON.stringify(makeSaveFile(a.g, 'Ann', IDS));
    expect(readSaveFile(text.slice(0, 50), IDS)).toMatchObject({ ok: false, message: expect.stringMatching(/damaged.*Nothing was changed/) });
    expect(readSaveFile(text.replace('"Ann"', '"Eve"'), IDS)).toMatchObject({ ok: false, message: expect.stringMatching(/changed after it was made/) });
    expect(readSaveFile(JSON.stringify({ format: 'exhibit-1937-report' }), IDS)).toMatchObject({ ok: false, message: expect.stringMatching(/report/) });
    expect(readSaveFile('{"a":1}', IDS)).toMatchObject({ ok: false, message: expect.stringMatching(/not an Exhibit 1937 save file/) });
    // A sealed file whose saved game is not a readable save.
    expect(readSaveFile(text, IDS)).toMatchObject({ ok: false, message: expect.stringMatching(/saved games cannot be read/) });
  });
});

describe('the answer key', () => {
  it('lists every contradiction of a case, with its proof or "proof pending"', () => {
    const content = storyCase('prologue').content;
    const k = answerKey(content, 'Prologue · Veksal');
    expect(k.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of k.statements) {
      expect(s.answers.length).toBeGreaterThan(0);
      if (s.proof) {
        expect(s.text).toContain(s.proof.claim);
        expect(s.proof.main.label).toBeTruthy();
        expect(s.answers.map((a) => a.item)).toContain(s.proof.main.item);
      }
    }
    expect(k.statements.some((s) => s.proof)).toBe(true);
    expect(questionsFor('Case 1, sitting 2 · Drammen').length).toBeGreaterThan(0);
    expect(questionsFor('Case 2, sitting 3 · Coyoacán').every((q) => q.caseTitle.startsWith('Case 2, sitting 3'))).toBe(true);
  });
});
