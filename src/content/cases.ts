// The cases as the browser build sees them: ink compiled at build time by the Vite plugin,
// record files merged. Add a case here and in caseList.ts.
import type { CaseContent } from '../story/caseSession';
import { CASES, mergeRecords } from './caseList';
import prologueStory from '../../story/prologue/prologue.ink';
import drammenStory from '../../story/drammen/drammen.ink';

const records = import.meta.glob<{ items: unknown[] }>('../../story/*/record*.json', { eager: true, import: 'default' });

function recordFor(id: string) {
  const parts = Object.entries(records)
    .filter(([path]) => path.startsWith(`../../story/${id}/`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, data]) => data);
  return mergeRecords(id, parts);
}

const STORIES: Record<string, string> = {
  prologue: prologueStory,
  drammen: drammenStory,
};

export function caseContent(id: string): CaseContent {
  const info = CASES.find((c) => c.id === id);
  const storyJson = STORIES[id];
  if (!info || !storyJson) throw new Error(`unknown case "${id}"`);
  return { id, title: info.title, storyJson, record: recordFor(id) };
}
