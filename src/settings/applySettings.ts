// Applies the settings to the page, the stage and the sound, now and after every change:
// CSS classes and the --text-scale variable on <html>, the typewriter speed, reduced motion
// on the stage, volumes and mute, and the sound captions.
import type { AudioService } from '../audio/audioService';
import type { Stage } from '../stage/stage';
import { reveal } from '../ui/typewriter';
import { setSingleKeys } from '../ui/shortcuts';
import { REVEAL_CPS, type Settings, type SettingsStore } from './settings';

/** How long a sound caption stays on the stage. */
export const CAPTION_MS = 2500;

export interface Applied {
  /** What the device asks for (prefers-reduced-motion), for the "follow this device" label. */
  systemReducedMotion(): boolean;
}

export function applySettings(store: SettingsStore, stage: Stage, audio: AudioService): Applied {
  const query = window.matchMedia('(prefers-reduced-motion: reduce)');
  const root = document.documentElement;
  // Declared before the first apply(), which runs as soon as apply is subscribed.
  const line = document.getElementById('sound-caption');
  let timer: number | undefined;
  const apply = (s: Settings) => {
    const reduce = s.motion === 'reduce' || (s.motion === 'system' && query.matches);
    root.style.setProperty('--text-scale', String(s.textSize / 100));
    root.classList.toggle('dyslexic', s.dyslexiaFont);
    root.classList.toggle('high-contrast', s.highContrast);
    root.classList.toggle('reduce-motion', reduce);
    root.classList.toggle('full-motion', !reduce);
    root.dataset.textSpeed = reduce ? 'instant' : s.textSpeed;
    root.dataset.textSize = String(s.textSize);
    reveal.cps = reduce ? Infinity : REVEAL_CPS[s.textSpeed];
    stage.setReducedMotion(reduce);
    audio.setVolumes(s.volumes);
    audio.setMuted(s.muted);
    if (!s.captions) hideCaption();
    setSingleKeys(s.singleKeys);
  };
  store.subscribe(apply);
  query.addEventListener?.('change', () => apply(store.get()));

  // Sound captions. They are aria-hidden: what a sound means (an objection, wrong evidence,
  // an item added to the record) is already said in the live region, and a second message
  // there for "[paper rustles]" would cut into the line being read out.
  function hideCaption(): void {
    window.clearTimeout(timer);
    if (line) line.textContent = '';
  }
  audio.onCaption((text) => {
    if (!line || !store.get().captions) return;
    window.clearTimeout(timer);
    line.textContent = text;
    timer = window.setTimeout(hideCaption, CAPTION_MS);
  });
  return { systemReducedMotion: () => query.matches };
}
