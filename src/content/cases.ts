// The cases as the browser build sees them: ink compiled at build time by the Vite plugin,
// record files merged. Each case is its own chunk, loaded when the player opens it, so the
// title screen does not wait for stories it does not show. Add a case here and in caseList.ts.
import type { CaseContent } from '../story/caseSession';
import type { ProofsData } from '../story/proofs';
import { caseInfo, mergeRecords } from './caseList';

const records = import.meta.glob<{ items: unknown[] }>('../../story/*/record*.json', { import: 'default' });
const proofFiles = import.meta.glob<ProofsData>('../../story/*/proofs.json', { import: 'default' });

const STORIES: Record<string, () => Promise<{ default: string }>> = {
  prologue: () => import('../../story/prologue/prologue.ink'),
  'drammen-1': () => import('../../story/drammen-1/drammen-1.ink'),
  'drammen-2': () => import('../../story/drammen-2/drammen-2.ink'),
  'coyoacan-1': () => import('../../story/coyoacan-1/coyoacan-1.ink'),
  'coyoacan-2': () => import('../../story/coyoacan-2/coyoacan-2.ink'),
  'coyoacan-3': () => import('../../story/coyoacan-3/coyoacan-3.ink'),
  'coyoacan-4': () => import('../../story/coyoacan-4/coyoacan-4.ink'),
};

export async function caseContent(id: string): Promise<CaseContent> {
  const info = caseInfo(id);
  const story = STORIES[id];
  if (!info || !story) throw new Error(`unknown case "${id}"`);
  // The shared folder first, then the case's own files, each sorted: the same order as the
  // Node loader (tools/caseFiles.ts), so both compute the same content version.
  const folderOf = (path: string) => (path.startsWith(`../../story/${id}/`) ? 1 : info.shared && path.startsWith(`../../story/${info.shared}/`) ? 0 : -1);
  const parts = await Promise.all(
    Object.entries(records)
      .filter(([path]) => folderOf(path) >= 0)
      .sort(([a], [b]) => folderOf(a) - folderOf(b) || a.localeCompare(b))
      .map(([, load]) => load()),
  );
  const proofs = await proofFiles[`../../story/${id}/proofs.json`]?.();
  return { id, title: info.title, storyJson: (await story()).default, record: mergeRecords(id, parts), ...(proofs ? { proofs } : {}) };
}
