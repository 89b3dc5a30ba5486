import { describe, expect, it } from 'vitest';
import { contentVersion, MemoryStorage, SaveStore, type KeyValueStorage } from '../../src/save/saveGame';
import { CaseSession } from '../../src/story/caseSession';
import { fakeClock, fixtureCase, miniSession, skipLines } from '../helpers/cases';

describe('saving and continuing', () => {
  it('writes an envelope that restores the exact view', () => {
    const store = new SaveStore(new MemoryStorage());
    const s = miniSession();
    skipLines(s);
    s.choose(1);
    expect(store.write(fixtureCase().content, s.save())).toBeNull();
    expect(store.lastCaseId()).toBe('mini');
    const loaded = store.read(fixtureCase().content);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const again = new CaseSession(fixtureCase().content, { clock: fakeClock() });
    again.load(loaded.envelope.session);
    expect(again.view()).toEqual(s.view());
  });

  it('explains a save from another content version instead of crashing, and keeps it', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage);
    store.write(fixtureCase().content, miniSession().save());
    const edited = { ...fixtureCase().content, storyJson: fixtureCase().content.storyJson.replace('A quiet house.', 'A loud house.') };
    expect(contentVersion(edited)).not.toBe(contentVersion(fixtureCase().content));
    const r = store.read(edited);
    expect(r).toMatchObject({ ok: false, reason: 'other-version' });
    if (!r.ok) expect(r.message).toMatch(/different version of the case/);
    expect(storage.getItem('exhibit-1937/save/mini')).not.toBeNull();
  });

  it('reports missing, damaged and foreign saves in words', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage);
    expect(store.read(fixtureCase().content)).toMatchObject({ ok: false, reason: 'missing' });
    storage.setItem('exhibit-1937/save/mini', '{not json');
    expect(store.read(fixtureCase().content)).toMatchObject({ ok: false, reason: 'unreadable' });
    storage.setItem('exhibit-1937/save/mini', JSON.stringify({ format: 'something-else' }));
    expect(store.read(fixtureCase().content)).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(store.peek('mini')).toBeNull();
  });

  it('keeps playing when the device refuses to store, with a message', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const msg = new SaveStore(full).write(fixtureCase().content, miniSession().save());
    expect(msg).toMatch(/could not be saved/);
  });
});
