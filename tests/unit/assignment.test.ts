import { describe, expect, it } from 'vitest';
import { assignmentFromSearch, assignmentLink, checksum, decodeAssignment, encodeAssignment, makeAssignment } from '../../src/classroom/assignment';

const base = { origin: 'https://school.example', pathname: '/exhibit/' };
const sample = makeAssignment({ cases: ['drammen-1', 'prologue'], mode: 'study', hints: false, className: '  History 9B ', due: 'Friday', note: 'Read the debrief — and answer the questions. Ünïcødé ✓' });

describe('assignment links', () => {
  it('round-trips every setting, in playing order, with text trimmed', () => {
    const payload = encodeAssignment(sample);
    expect(payload).toMatch(/^a1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
    const r = decodeAssignment(payload);
    expect(r).toEqual({ ok: true, assignment: sample });
    if (!r.ok) return;
    expect(r.assignment.cases).toEqual(['prologue', 'drammen-1']);
    expect(r.assignment.className).toBe('History 9B');
    expect(r.assignment.note).toContain('Ünïcødé ✓');
  });

  it('makes a link on the current page that the game reads back from ?assign=', () => {
    const link = assignmentLink(sample, base);
    expect(link.startsWith('https://school.example/exhibit/?assign=a1.')).toBe(true);
    const url = new URL(link);
    expect(assignmentFromSearch(url.search)).toEqual({ ok: true, assignment: sample });
    expect(assignmentFromSearch('?test=1')).toBeNull();
  });

  it('expert mode never carries hints, and empty texts are dropped', () => {
    const a = makeAssignment({ cases: ['prologue'], mode: 'expert', hints: true, className: '   ', note: '' });
    expect(a).toEqual({ v: 1, cases: ['prologue'], mode: 'expert', hints: false, lang: 'en' });
  });

  it('detects a tampered link (one character changed) and says so', () => {
    const payload = encodeAssignment(sample);
    const [p, body, sum] = payload.split('.');
    const i = 10;
    const changed = `${p}.${body.slice(0, i)}${body[i] === 'A' ? 'B' : 'A'}${body.slice(i + 1)}.${sum}`;
    const r = decodeAssignment(changed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/changed or cut off/);
  });

  it('detects a re-encoded link whose settings were edited without the checksum', () => {
    const forged = encodeAssignment({ ...sample, hints: true }).split('.');
    const original = encodeAssignment(sample).split('.');
    const r = decodeAssignment(`${forged[0]}.${forged[1]}.${original[2]}`);
    expect(r.ok).toBe(false);
  });

  it('detects truncated links at any length', () => {
    const payload = encodeAssignment(sample);
    for (let n = 0; n < payload.length; n++) {
      const r = decodeAssignment(payload.slice(0, n));
      expect(r.ok, `cut at ${n}`).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/empty|incomplete|changed or cut off|not an Exhibit 1937/);
    }
  });

  it('explains foreign, newer and invalid links in words', () => {
    expect(decodeAssignment('hello')).toMatchObject({ ok: false, message: expect.stringMatching(/not an Exhibit 1937 assignment link/) });
    expect(decodeAssignment('a2.xyz.0000000')).toMatchObject({ ok: false, message: expect.stringMatching(/newer version/) });
    const wrap = (o: unknown) => {
      const body = Buffer.from(JSON.stringify(o)).toString('base64url');
      return `a1.${body}.${checksum(body)}`;
    };
    expect(decodeAssignment(wrap({ ...sample, cases: ['coyoacan'] }))).toMatchObject({ ok: false, message: expect.stringMatching(/does not have \(coyoacan\)/) });
    expect(decodeAssignment(wrap({ ...sample, mode: 'easy' }))).toMatchObject({ ok: false, message: expect.stringMatching(/unknown mode/) });
    expect(decodeAssignment(wrap({ ...sample, lang: 'de' }))).toMatchObject({ ok: false, message: expect.stringMatching(/language/) });
    expect(decodeAssignment(wrap({ ...sample, v: 9 }))).toMatchObject({ ok: false, message: expect.stringMatching(/newer version/) });
    expect(decodeAssignment(wrap([1, 2]))).toMatchObject({ ok: false });
    const notJson = Buffer.from('{oops').toString('base64url');
    expect(decodeAssignment(`a1.${notJson}.${checksum(notJson)}`)).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be read/) });
    // Every message tells the student what to do.
    const r = decodeAssignment('a1.abc');
    if (!r.ok) expect(r.message).toMatch(/Ask your teacher for the link again/);
  });

  it('keeps long teacher texts short enough for a QR code', () => {
    const a = makeAssignment({ cases: ['prologue'], mode: 'standard', hints: true, note: 'x'.repeat(5000) });
    expect(a.note!.length).toBe(240);
    expect(assignmentLink(a, base).length).toBeLessThan(600);
  });
});
