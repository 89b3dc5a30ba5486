import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { loadSlices, SaveDataError, saveSlices, slice } from '../../src/save/slice';

function part() {
  let data = { items: ['a'] };
  const p = slice({ key: 'record', version: 1, schema: v.object({ items: v.array(v.string()) }), get: () => data, set: (d) => (data = d) });
  return { p, get: () => data };
}

describe('save slices', () => {
  it('checks a save on load: a damaged slice leaves the part as it was', () => {
    const { p, get } = part();
    expect(() => loadSlices([p], { record: { v: 1, data: { items: [3] } } })).toThrow(SaveDataError);
    expect(get()).toEqual({ items: ['a'] });
  });

  // The story walker loads one branch point's save once per action from it (storyWalker.ts):
  // the second time unchecked, but each part must still get its own copy, or an action would
  // change the save the next action starts from.
  it('loads an already checked save unchecked, giving each part a copy', () => {
    const { p, get } = part();
    const saved = saveSlices([p]);
    loadSlices([p], saved, { checked: true });
    get().items.push('b');
    expect(saved.record.data).toEqual({ items: ['a'] });
    loadSlices([p], saved, { checked: true });
    expect(get()).toEqual({ items: ['a'] });
  });
});
