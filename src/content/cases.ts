// The cases as the browser build sees them: ink compiled at build time by the Vite plugin,
// record files merged. Each case is its own chunk, loaded when the player opens it, so the
// title screen does not wait for stories it does not show. Add a case here and in caseList.ts.
import type { CaseContent } from '../story/caseSession';
import { caseInfo, mergeRecords } from './caseList';

const records = import.meta.glob<{ items: unknown[] }>('../../story/*/record*.json', { import: 'default' });

const STORIES: Record<string, () => Promise<{ default: string }>> = {
  prologue: () => import('../../story/prologue/prologue.ink'),
  drammen: () => import('../../story/drammen/drammen.ink'),
};

export async function caseContent(id: string): Promise<CaseContent> {
  const info = caseInfo(id);
  const story = STORIES[id];
  if (!info || !story) throw new Error(`unknown case "${id}"`);
  const parts = await Promise.all(
    Object.entries(records)
      .filter(([path]) => path.startsWith(`../../story/${id}/`) || (info.shared && path.startsWith(`../../story/${info.shared}/`)))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, load]) => load()),
  );
  return { id, title: info.title, storyJson: (await story()).default, record: mergeRecords(id, parts) };
}
