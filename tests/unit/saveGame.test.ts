import { describe, expect, it } from 'vitest';
import { contentVersion, GameStorage, MemoryStorage, SaveStore, type KeyValueStorage } from '../../src/save/saveGame';
import { STORAGE_PREFIX } from '../../src/save/storage';
import { CaseSession } from '../../src/story/caseSession';
import { fakeClock, fixtureCase, miniSession, skipLines } from '../helpers/cases';

const KEY = `${STORAGE_PREFIX}save/mini`;

function stored(storage: MemoryStorage): Record<string, any> {
  return JSON.parse(storage.getItem(KEY)!);
}

describe('saving and continuing', () => {
  it('writes an envelope of versioned slices that restores the exact view', () => {
    const store = new SaveStore(new GameStorage());
    const s = miniSession();
    skipLines(s);
    s.choose(1);
    expect(store.write(fixtureCase().content, s.save())).toBeNull();
    expect(store.lastCaseId()).toBe('mini');
    const loaded = store.read(fixtureCase().content);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(Object.keys(loaded.envelope.slices)).toEqual(expect.arrayContaining(['session', 'ink', 'record', 'log', 'backlog', 'hints', 'cross']));
    for (const slice of Object.values(loaded.envelope.slices)) expect(slice.v).toBeGreaterThanOrEqual(1);
    const again = new CaseSession(fixtureCase().content, { clock: fakeClock() });
    again.load(loaded.envelope.slices);
    expect(again.view()).toEqual(s.view());
  });

  it('explains a save from another content version that matches nothing, and keeps it', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(new GameStorage(storage));
    store.write(fixtureCase().content, miniSession().save());
    const edited = { ...fixtureCase().content, storyJson: fixtureCase().content.storyJson.replace('A quiet house.', 'A loud house.') };
    expect(contentVersion(edited)).not.toBe(contentVersion(fixtureCase().content));
    const r = store.restore(edited); // saved in the opening lines: no activity to continue at
    expect(r).toMatchObject({ ok: false, reason: 'other-version' });
    if (!r.ok) expect(r.message).toMatch(/earlier version of the case.*start again/);
    expect(storage.getItem(KEY)).not.toBeNull();
  });

  it('reports missing, truncated and foreign saves in words, with the text to download', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(new GameStorage(storage));
    expect(store.read(fixtureCase().content)).toMatchObject({ ok: false, reason: 'missing' });
    storage.setItem(KEY, '{not json');
    expect(store.read(fixtureCase().content)).toMatchObject({ ok: false, reason: 'damaged', raw: '{not json' });
    expect(store.status('mini')).toEqual({ state: 'damaged', raw: '{not json' });
    storage.setItem(KEY, JSON.stringify({ format: 'something-else' }));
    expect(store.read(fixtureCase().content)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(store.peek('mini')).toBeNull();
  });

  it('a valid envelope with a damaged slice ends in a message, never a TypeError', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(new GameStorage(storage));
    const s = miniSession();
    skipLines(s);
    store.write(fixtureCase().content, s.save());
    const env = stored(storage);
    env.slices.record.data.held = 7; // once: "TypeError: e.held is not iterable"
    storage.setItem(KEY, JSON.stringify(env));
    expect(store.status('mini')?.state).toBe('readable'); // the title still offers Continue …
    const r = store.restore(fixtureCase().content);
    expect(r).toMatchObject({ ok: false, reason: 'damaged' }); // … which then explains
    if (!r.ok) {
      expect(r.message).toMatch(/could not be read \(the "record" part is damaged at held/);
      expect(r.message).toMatch(/start the case again, or download the damaged save/);
      expect(r.raw).toBe(JSON.stringify(env));
    }
  });

  it('refuses a slice that names what this case does not have', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(new GameStorage(storage));
    store.write(fixtureCase().content, miniSession().save());
    const env = stored(storage);
    env.slices.record.data.held = ['no-such-item'];
    storage.setItem(KEY, JSON.stringify(env));
    expect(store.restore(fixtureCase().content)).toMatchObject({ ok: false, reason: 'damaged' });
    env.slices.ink.data = '{"broken": true}';
    env.slices.record.data.held = [];
    storage.setItem(KEY, JSON.stringify(env));
    expect(store.restore(fixtureCase().content)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('reads a save made before slices (envelope schema 1)', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(new GameStorage(storage));
    const s = miniSession();
    skipLines(s);
    store.write(fixtureCase().content, s.save());
    const env = stored(storage);
    const session: Record<string, unknown> = { ...env.slices.session.data };
    for (const k of ['ink', 'hints', 'cross', 'deduction', 'board', 'record', 'log']) session[k] = env.slices[k].data;
    delete session.questions; // saves that old had neither questions nor a backlog
    const old = { format: env.format, schema: 1, caseId: env.caseId, caseTitle: env.caseTitle, contentVersion: env.contentVersion, savedAt: env.savedAt, session };
    storage.setItem(KEY, JSON.stringify(old));
    const r = store.restore(fixtureCase().content, { clock: fakeClock() });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.session.view()).toEqual(s.view());
  });

  it('keeps playing when the device refuses to store, with a message', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const msg = new SaveStore(new GameStorage(full)).write(fixtureCase().content, miniSession().save());
    expect(msg).toMatch(/could not be saved/);
  });
});
