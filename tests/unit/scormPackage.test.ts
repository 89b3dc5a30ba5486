// The SCORM package (manifest, marked index.html, zip) and the compact resume state, in Node.
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, strFromU8 } from 'fflate';
import { inPackage, lmsIndexHtml, scormFileName, scormManifest, scormZip, xmlId } from '../../src/lms/scormPackage';
import { decodeResume, encodeResume, newerSave, SUSPEND_LIMIT, TRIMMED_VERSION, trimSave } from '../../src/lms/resumeState';
import { displayName } from '../../src/lms/lmsLink';

const html = '<!doctype html><html><head><meta charset="utf-8" /><title>x</title></head><body></body></html>';

describe('SCORM package', () => {
  it('lists every game file but the offline worker and the file list, and marks index.html', () => {
    const files = new Map<string, Uint8Array>([
      ['index.html', strToU8(html)], ['assets/index-1.js', strToU8('x')], ['audio/a b.mp3', new Uint8Array(4)],
      ['sw.js', strToU8('w')], ['workbox-abc.js', strToU8('w')], ['manifest.webmanifest', strToU8('{}')],
    ]);
    const zip = unzipSync(scormZip(files, { version: '1.2', title: 'Exhibit 1937: 9B & "friends"', identifier: 'exhibit-1937-abc', assignmentCode: 'a1.xx.yy' }));
    expect(Object.keys(zip).sort()).toEqual(['assets/index-1.js', 'audio/a b.mp3', 'imsmanifest.xml', 'index.html']);
    expect(strFromU8(zip['index.html'])).toContain('<meta name="exhibit-lms" content="scorm-1.2" />');
    expect(strFromU8(zip['index.html'])).toContain('<meta name="exhibit-assign" content="a1.xx.yy" />');
    const manifest = strFromU8(zip['imsmanifest.xml']);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco"');
    expect(manifest).toContain('<file href="audio/a b.mp3"/>');
    expect(manifest).toContain('9B &amp; &quot;friends&quot;');
  });

  it('2004 uses the 2004 namespaces and scormType', () => {
    const m = scormManifest({ version: '2004', title: 't', identifier: '1x', files: ['index.html'] });
    expect(m).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(m).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m).toContain('adlcp:scormType="sco"');
    expect(m).toContain('identifier="id-1x"');
  });

  it('refuses an index.html it cannot mark; names files plainly', () => {
    expect(() => lmsIndexHtml('<html></html>', '1.2', 'a')).toThrow(/meta charset/);
    expect(inPackage('assets/x.js.map')).toBe(false);
    expect(xmlId('a b/c')).toBe('a-b-c');
    expect(scormFileName('2004', 'History 9B, The Night Visitors')).toBe('exhibit-1937-scorm-2004-history-9b-the-night-visitors.zip');
  });
});

describe('resume state', () => {
  const save = (n: number) => JSON.stringify({ format: 'exhibit-1937-save', contentVersion: 'abc', savedAt: '2026-01-01T00:00:00.000Z', slices: {
    session: { v: 2, data: { phase: 'cross' } }, ink: { v: 1, data: 'x'.repeat(n) }, backlog: { v: 1, data: Array.from({ length: n / 10 }, (_, i) => `line ${i} ${Math.random()}`) },
  } });

  it('keeps a small save whole and reads it back', () => {
    const s = save(100);
    const { text, fit } = encodeResume({ caseId: 'prologue', save: s, tally: { prologue: [1, 3, 0] } }, SUSPEND_LIMIT['1.2']);
    expect(fit).toBe('whole');
    expect(decodeResume(text)).toEqual({ caseId: 'prologue', save: s, tally: { prologue: [1, 3, 0] } });
  });

  it('a save too big for SCORM 1.2 drops the story position (start of the activity), then everything but the case', () => {
    const s = save(3000);
    const r = encodeResume({ caseId: 'prologue', save: s, tally: {} }, SUSPEND_LIMIT['1.2']);
    expect(r.fit).toBe('activity');
    expect(r.text.length).toBeLessThanOrEqual(4096);
    const back = JSON.parse(decodeResume(r.text)!.save!);
    expect(back.contentVersion).toBe(TRIMMED_VERSION);
    expect(Object.keys(back.slices)).toEqual(['session', 'ink']);
    expect(back.slices.ink.data).toBe('{"variablesState":{}}');
    const tiny = encodeResume({ caseId: 'prologue', save: s, tally: {} }, 60);
    expect(tiny.fit).toBe('case-only');
    expect(decodeResume(tiny.text)).toEqual({ caseId: 'prologue', save: null, tally: {} });
    expect(encodeResume({ caseId: 'prologue', save: s, tally: {} }, SUSPEND_LIMIT['2004']).fit).toBe('whole');
  });

  it('reads nothing from foreign suspend data; the later save wins', () => {
    expect(decodeResume('hello')).toBeNull();
    expect(decodeResume('X1:!!!')).toBeNull();
    expect(trimSave('not json')).toBeNull();
    const a = JSON.stringify({ savedAt: '2026-01-01' });
    const b = JSON.stringify({ savedAt: '2026-01-02' });
    expect(newerSave(a, b)).toBe('lms');
    expect(newerSave(b, a)).toBe('browser');
    expect(newerSave(a, a)).toBe('browser');
    expect(newerSave(null, a)).toBe('lms');
  });

  it('shows "Last, First" as "First Last"', () => {
    expect(displayName('Doe, Jane')).toBe('Jane Doe');
    expect(displayName(' Jane  Doe ')).toBe('Jane Doe');
  });
});
