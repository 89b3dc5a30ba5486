// "Download for your LMS" on the teacher page: the assignment as a SCORM package (1.2 or
// 2004), made here in the browser from the game's own files on this site (listed in
// game-files.json by the build). No server is asked to make it.
import { encodeAssignment, type Assignment } from '../classroom/assignment';
import type { ScormVersion } from '../lms/resumeState';
import { h } from './dom';
import { button, say } from './classroomPage';

/** Every file of the deployed game, fetched from this site. */
async function gameFiles(progress: (done: number, total: number) => void): Promise<Map<string, Uint8Array>> {
  const list = await fetch('game-files.json', { cache: 'no-cache' });
  if (!list.ok) throw new Error('this copy of the game has no file list (game-files.json): packages can be made only from the built game');
  const { files } = (await list.json()) as { files: string[] };
  const out = new Map<string, Uint8Array>();
  let done = 0;
  await Promise.all(files.map(async (f) => {
    const res = await fetch(f.split('/').map(encodeURIComponent).join('/'));
    if (!res.ok) throw new Error(`${f}: HTTP ${res.status}`);
    out.set(f, new Uint8Array(await res.arrayBuffer()));
    progress(++done, files.length);
  }));
  return out;
}

export function lmsDownloadSection(current: () => { assignment: Assignment; label: string } | null): HTMLElement {
  const status = h('p', { class: 'cr-status', id: 'lms-status', role: 'status' });
  const make = async (version: ScormVersion, btn: HTMLButtonElement) => {
    const a = current();
    if (!a) {
      status.textContent = 'Choose at least one case first.';
      return;
    }
    btn.disabled = true;
    try {
      status.textContent = 'Collecting the game files…';
      const files = await gameFiles((done, total) => (status.textContent = `Collecting the game files… ${done} of ${total}`));
      const { scormZip, scormFileName } = await import('../lms/scormPackage');
      const code = encodeAssignment(a.assignment);
      const zip = scormZip(files, { version, title: `Exhibit 1937: ${a.label}`, identifier: `exhibit-1937-${code.split('.')[2]}-${version}`, assignmentCode: code });
      const link = h('a', { href: URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' })), download: scormFileName(version, a.label) });
      document.body.append(link);
      link.click();
      link.remove();
      status.textContent = `The SCORM ${version} package is downloading (${(zip.length / 1048576).toFixed(1)} MB). Upload it to your LMS as a SCORM activity.`;
    } catch (e) {
      status.textContent = `The package could not be made: ${(e as Error).message}.`;
    } finally {
      btn.disabled = false;
      say(status.textContent ?? '');
    }
  };
  const b12: HTMLButtonElement = button('Download for your LMS (SCORM 1.2)', () => void make('1.2', b12), { id: 'btn-scorm-12' });
  const b2004: HTMLButtonElement = button('Download for your LMS (SCORM 2004)', () => void make('2004', b2004), { id: 'btn-scorm-2004' });
  return h('section', { class: 'cr-lms', 'aria-labelledby': 'lms-heading' },
    h('h2', { id: 'lms-heading' }, 'Download for your LMS'),
    h('p', { class: 'cr-help' }, 'For Moodle, Canvas, Blackboard, Schoology and other LMSs: this assignment as a SCORM package. Students open it in the LMS, which knows their name, keeps their progress, and receives whether they finished, the contradictions found, and their answers. Most LMSs take SCORM 1.2; choose 2004 if yours asks for it.'),
    h('div', { class: 'cr-row' }, b12, b2004),
    status,
  );
}
