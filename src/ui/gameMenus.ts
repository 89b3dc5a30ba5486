// The settings and backlog dialogs, their top-bar buttons and their keys (S, B), for the
// title screen and play alike. The backlog needs a case in play; settings work anywhere.
import type { CaseSession } from '../story/caseSession';
import type { SettingsStore } from '../settings/settings';
import { BacklogDialog } from './backlogDialog';
import { SettingsDialog } from './settingsDialog';
import { byId } from './dom';
import { singleKeysOn } from './shortcuts';

export interface GameMenus {
  openSettings(): void;
  openBacklog(): void;
}

export function installMenus(store: SettingsStore, systemReducedMotion: () => boolean, session: () => CaseSession | null): GameMenus {
  const settings = new SettingsDialog(store, systemReducedMotion);
  const backlog = new BacklogDialog();
  const menus: GameMenus = {
    openSettings: () => settings.open(),
    openBacklog: () => {
      const s = session();
      if (!s) return;
      const nameOf = (id: string) => (s.record.knows(id) ? s.record.entry(id).title : id);
      backlog.open(s.backlog.all(), nameOf);
    },
  };
  byId('btn-settings').onclick = () => menus.openSettings();
  byId('btn-backlog').onclick = () => menus.openBacklog();
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || document.querySelector('dialog[open]')) return;
    if ((e.target as HTMLElement).closest?.('textarea, select, input:not([type=radio]):not([type=checkbox]):not([type=range])')) return;
    if (!singleKeysOn()) return; // S and B are single-key shortcuts
    const key = e.key.toLowerCase();
    if (key === 's') {
      e.preventDefault();
      menus.openSettings();
    } else if (key === 'b' && session() && !byId('topbar').hidden) {
      e.preventDefault();
      menus.openBacklog();
    }
  });
  return menus;
}
