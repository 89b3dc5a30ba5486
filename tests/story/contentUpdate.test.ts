// Saves survive content updates. The case is compiled from a copy of story/, played into its
// second cross-examination and saved; then one line of its ink is edited (a typo fix), the
// case recompiled, and the save loaded: the game continues at the start of the
// cross-examination it was in, with the court record, the log, the backlog and the marks kept.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCaseOrThrow, STORY_DIR } from '../../tools/caseFiles';
import { contentVersion, GameStorage, SaveStore } from '../../src/save/saveGame';
import { CaseSession } from '../../src/story/caseSession';
import { walkCase } from '../../src/content/storyWalker';
import { fakeClock } from '../helpers/cases';
import { replay } from '../helpers/replay';
import { proofFieldFor } from '../../src/story/proofs';

const dir = mkdtempSync(join(tmpdir(), 'exhibit-story-'));
const story = join(dir, 'story');
cpSync(STORY_DIR, story, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edit(file: string, from: string, to: string): void {
  const path = join(story, file);
  const text = readFileSync(path, 'utf8');
  expect(text.includes(from), `${file} has "${from}"`).toBe(true);
  writeFileSync(path, text.replace(from, to));
}

/** Plays the prologue until it stands in ce_two_versions, one wrong present made there; saves. */
function playIntoSecondCross(store: SaveStore) {
  const before = loadCaseOrThrow('prologue', story).content;
  const route = walkCase(before).solution!;
  const s = new CaseSession(before, { strict: true, clock: fakeClock() });
  for (const _ of replay(s, route)) {
    const v = s.view();
    if (v.phase === 'cross' && v.cross.id === 'ce_two_versions') break;
  }
  const wrong = s.record.heldIds().find((id) => !s.currentStatement().answers.includes(id) && s.record.entry(id).kind !== 'profile')!;
  // Wrong presents until a mark is lost (the case's first ones may be free).
  for (let i = 0; i < 4 && (s.view() as { cross: { marks: number } }).cross.marks === 5; i++) {
    s.present(wrong);
    while (s.view().phase === 'line') s.advance();
    expect(s.view().phase).toBe('cross');
  }
  store.write(before, s.save());
  return { before, s };
}

describe('a save made before a one-line edit of the case', () => {
  it('continues at the start of the cross-examination it was in, keeping record, log, backlog and marks', () => {
    const store = new SaveStore(new GameStorage());
    const { before, s } = playIntoSecondCross(store);
    const marks = (s.view() as { cross: { marks: number } }).cross.marks;
    expect(marks).toBeLessThan(5);

    edit('prologue/cross_two_versions.ink', 'Tip: this is the claim Swen put to you.', 'Tip: this is the claim that Swen put to you.');
    const after = loadCaseOrThrow('prologue', story).content;
    expect(contentVersion(after)).not.toBe(contentVersion(before));

    const r = store.restore(after, { strict: true, clock: fakeClock() });
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    if (!r.ok) return;
    const v = r.session.view();
    expect(v.phase).toBe('cross');
    if (v.phase !== 'cross') return;
    expect(v.cross.id).toBe('ce_two_versions');
    expect(v.cross.current).toBe(0);
    expect(v.cross.marks).toBe(marks);
    expect(v.notice).toMatch(/updated/);
    expect(r.session.record.heldIds()).toEqual(s.record.heldIds());
    expect(r.session.log.all().slice(0, s.log.all().length)).toEqual(s.log.all()); // then a new cross-start
    expect(r.session.backlog.all()).toEqual(s.backlog.all());
    // and it plays on to the ending
    const rest = walkCase(after).solution!.filter((a) => a.startsWith('present:') || a.startsWith('choose:'));
    const solve = rest.filter((a) => a.startsWith('present:s') && v.cross.statements.some((st) => st.id === a.split(':')[1]));
    for (const a of solve.slice(-v.cross.contradictionsLeft)) {
      const [, st, item] = a.split(':');
      r.session.goTo(st);
      r.session.present(item);
      // Pointing: the line of the document that contradicts the statement (proofs.json).
      const pv = r.session.view();
      if (pv.phase === 'cross' && pv.cross.pointing) r.session.point(proofFieldFor(after.proofs!.proofs[`${pv.cross.id}.${st}`], item)!);
      while (r.session.view().phase === 'line') r.session.advance();
    }
    expect(r.session.view().phase).not.toBe('cross');
    // save → load → save is stable after the update
    const saved = JSON.parse(JSON.stringify(r.session.save()));
    const again = new CaseSession(after, { strict: true, clock: fakeClock() });
    again.load(saved);
    expect(again.save()).toEqual(saved);
  });

  it('goes back to the nearest earlier activity when the one it was in is gone', () => {
    const store = new SaveStore(new GameStorage());
    playIntoSecondCross(store);
    edit('prologue/cross_two_versions.ink', '=== ce_two_versions ===\n# cross: ce_two_versions', '=== ce_two_versions_renamed ===\n# cross: ce_two_versions_renamed');
    edit('prologue/prologue.ink', '-> ce_two_versions', '-> ce_two_versions_renamed');
    const after = loadCaseOrThrow('prologue', story).content;
    const r = store.restore(after, { strict: true, clock: fakeClock() });
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    if (r.ok) expect(r.session.view()).toMatchObject({ phase: 'cross', cross: { id: 'ce_swen', current: 0 } });
  });

  it('starts again, and says why, only when nothing in the save matches the case', () => {
    const store = new SaveStore(new GameStorage());
    const before = loadCaseOrThrow('prologue', story).content;
    const s = new CaseSession(before, { strict: true, clock: fakeClock() });
    s.start(); // still in the opening lines: no activity to continue at
    store.write(before, s.save());
    edit('prologue/prologue.ink', '=== opening ===', '=== opening ===\n// a comment and one more line of narration\nThe case has been revised.');
    const after = loadCaseOrThrow('prologue', story).content;
    const r = store.restore(after, { strict: true });
    expect(r).toMatchObject({ ok: false, reason: 'other-version' });
    if (!r.ok) expect(r.message).toMatch(/earlier version of the case.*start/);
  });
});
