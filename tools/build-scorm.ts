// `npm run build:scorm`: SCORM packages for an administrator, from the build in dist/ (the same
// code as the teacher page's "Download for your LMS"). Writes dist-scorm/*.zip.
//   npm run build:scorm -- --cases=prologue,drammen-1 --mode=standard --hints=on --class="History 9B" --scorm=1.2
// Defaults: every case, standard mode, hints on, both SCORM 1.2 and 2004.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES } from '../src/content/caseList';
import { encodeAssignment, makeAssignment } from '../src/classroom/assignment';
import { MODES, type Mode } from '../src/story/modes';
import { scormFileName, scormZip } from '../src/lms/scormPackage';
import type { ScormVersion } from '../src/lms/resumeState';
import { FILE_LIST, listFiles } from './vite-plugin-file-list';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: CASES.map((c) => c.id).join(',') },
    mode: { type: 'string', default: 'standard' },
    hints: { type: 'string', default: 'on' },
    class: { type: 'string', default: '' },
    scorm: { type: 'string', default: 'both' },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'dist-scorm' },
  },
});

const cases = values.cases.split(',').map((c) => c.trim()).filter(Boolean);
const unknown = cases.filter((c) => !CASES.some((k) => k.id === c));
if (unknown.length) throw new Error(`unknown case(s): ${unknown.join(', ')} (known: ${CASES.map((c) => c.id).join(', ')})`);
if (!MODES.includes(values.mode as Mode)) throw new Error(`unknown mode "${values.mode}" (known: ${MODES.join(', ')})`);
const versions: ScormVersion[] = values.scorm === 'both' ? ['1.2', '2004'] : [values.scorm as ScormVersion];
if (!versions.every((v) => v === '1.2' || v === '2004')) throw new Error('--scorm is 1.2, 2004 or both');

let listed: string[];
try {
  listed = (JSON.parse(readFileSync(join(values.dist, FILE_LIST), 'utf8')) as { files: string[] }).files;
} catch {
  listed = listFiles(values.dist);
}
const files = new Map(listed.map((f) => [f, new Uint8Array(readFileSync(join(values.dist, f)))]));
const assignment = makeAssignment({ cases, mode: values.mode as Mode, hints: values.hints !== 'off', className: values.class });
const code = encodeAssignment(assignment);
const titles = assignment.cases.map((id) => CASES.find((c) => c.id === id)!.title);
const label = assignment.className ? `${assignment.className}, ${titles.join(' and ')}` : titles.join(' and ');
mkdirSync(values.out, { recursive: true });
for (const version of versions) {
  const zip = scormZip(files, { version, title: `Exhibit 1937: ${label}`, identifier: `exhibit-1937-${code.split('.')[2]}-${version}`, assignmentCode: code });
  const path = join(values.out, scormFileName(version, label));
  writeFileSync(path, zip);
  console.log(`${path}  (${(zip.length / 1048576).toFixed(1)} MB, SCORM ${version})`);
}
