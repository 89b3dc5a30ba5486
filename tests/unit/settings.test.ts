import { describe, expect, it } from 'vitest';
import { GameStorage } from '../../src/save/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, SettingsStore, validateSettings, type Settings } from '../../src/settings/settings';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

describe('settings validation', () => {
  it('gives the defaults for nothing, junk and unreadable JSON', () => {
    for (const raw of [null, undefined, 42, 'fast', [], true]) expect(validateSettings(raw)).toEqual(defaults());
    expect(parseSettings(null)).toEqual(defaults());
    expect(parseSettings('{not json')).toEqual(defaults());
    expect(parseSettings('"a string"')).toEqual(defaults());
  });

  it('keeps every valid field and replaces each bad one with its default', () => {
    const s = validateSettings({
      textSpeed: 'slow', textSize: 175, dyslexiaFont: true, highContrast: 'yes', motion: 'sideways',
      volumes: { master: 0.5, music: '0.3', effects: Number.NaN, voice: 7 }, muted: 1, captions: true,
    });
    expect(s).toEqual({
      ...defaults(),
      textSpeed: 'slow', textSize: 175, dyslexiaFont: true, captions: true,
      volumes: { master: 0.5, music: DEFAULT_SETTINGS.volumes.music, effects: DEFAULT_SETTINGS.volumes.effects, voice: 1 },
    });
  });

  it('rejects sizes and speeds that are not offered (an old or hand-edited value)', () => {
    expect(validateSettings({ textSize: 110 }).textSize).toBe(100);
    expect(validateSettings({ textSize: '150' }).textSize).toBe(100);
    expect(validateSettings({ textSpeed: 'ludicrous' }).textSpeed).toBe('normal');
    expect(validateSettings({ volumes: 'loud' }).volumes).toEqual(DEFAULT_SETTINGS.volumes);
  });

  it('reads the stored envelope and an older bare object alike', () => {
    expect(parseSettings(JSON.stringify({ version: 1, settings: { textSpeed: 'fast' } })).textSpeed).toBe('fast');
    expect(parseSettings(JSON.stringify({ textSpeed: 'slow' })).textSpeed).toBe('slow');
  });
});

describe('the settings store', () => {
  it('persists an update, tells its listeners, and loads it again', () => {
    const storage = new GameStorage();
    const store = new SettingsStore(storage);
    const seen: Settings[] = [];
    store.subscribe((s) => seen.push(s));
    store.update({ highContrast: true, volumes: { music: 0.2 } });
    expect(seen).toHaveLength(2); // once on subscribe, once on the change
    expect(seen[1].highContrast).toBe(true);
    expect(seen[1].volumes).toEqual({ ...DEFAULT_SETTINGS.volumes, music: 0.2 });
    const again = new SettingsStore(storage);
    expect(again.get()).toEqual(store.get());
    again.reset();
    expect(new SettingsStore(storage).get()).toEqual(defaults());
  });

  it('starts with the defaults when the stored value is broken, and never throws on a refusing storage', () => {
    const storage = new GameStorage();
    storage.set(SETTINGS_KEY, '{"settings": {"textSize": "huge"');
    expect(new SettingsStore(storage).get()).toEqual(defaults());
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    const store = new SettingsStore(new GameStorage(refusing));
    expect(() => store.update({ captions: true })).not.toThrow();
    expect(store.get().captions).toBe(true);
    expect(new SettingsStore(null).get()).toEqual(defaults());
  });

  it('an update cannot smuggle in an invalid value', () => {
    const store = new SettingsStore(new GameStorage());
    store.update({ textSize: 300 as never, volumes: { master: -2 } });
    expect(store.get().textSize).toBe(100);
    expect(store.get().volumes.master).toBe(0);
  });
});
