// The settings dialog: a modal <dialog> of native, labelled controls (radio groups,
// checkboxes, sliders), so it works by keyboard, touch and screen reader without any custom
// key handling. Every change applies at once and is saved; Esc or Close returns focus to
// whatever opened it. Opened from the title screen and, during play, the top bar or S.
import {
  DEFAULT_SETTINGS, MOTION_PREFS, TEXT_SIZES, TEXT_SPEEDS,
  type MotionPref, type Settings, type SettingsStore, type TextSize, type TextSpeed,
} from '../settings/settings';
import type { Volumes } from '../audio/audioService';
import { byId, clear, dialogHeader, h } from './dom';

const SPEED_LABEL: Record<TextSpeed, string> = { instant: 'Instant', fast: 'Fast', normal: 'Normal', slow: 'Slow' };
const MOTION_LABEL: Record<MotionPref, string> = {
  system: 'Follow this device',
  reduce: 'Reduced: no shaking, sliding or typewriter',
  full: 'Full motion',
};
const VOLUME_LABEL: Record<keyof Volumes, string> = { master: 'Master volume', music: 'Music', effects: 'Effects and room sound', voice: 'Voices (text blips)' };

export class SettingsDialog {
  private dialog = byId<HTMLDialogElement>('settings-dialog');
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly store: SettingsStore, private readonly systemReducedMotion: () => boolean) {
    this.dialog.addEventListener('close', () => {
      const el = this.returnFocus;
      this.returnFocus = null;
      if (el?.isConnected) el.focus();
    });
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  open(): void {
    if (this.dialog.open) return;
    this.returnFocus = document.activeElement as HTMLElement | null;
    this.render();
    this.dialog.showModal();
    this.dialog.querySelector<HTMLElement>('input[name="textSpeed"]:checked')?.focus();
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private render(): void {
    const s = this.store.get();
    clear(this.dialog);
    this.dialog.append(
      h(
        'div',
        { class: 'settings' },
        dialogHeader('settings-heading', 'Settings', () => this.close()),
        h(
          'div',
          { class: 'settings-body' },
          h(
            'section',
            { 'aria-labelledby': 'settings-reading' },
            h('h3', { id: 'settings-reading' }, 'Reading'),
            this.radios('textSpeed', 'Text speed', TEXT_SPEEDS, s.textSpeed, (v) => SPEED_LABEL[v], (v) => this.store.update({ textSpeed: v }),
              'With reduced motion, text always appears at once. The first Enter or click shows the whole line; the next goes on.'),
            this.radios('textSize', 'Text size', TEXT_SIZES, s.textSize, (v) => `${v}%`, (v) => this.store.update({ textSize: v as TextSize })),
            this.checkbox('dyslexiaFont', 'Dyslexia-friendly font (OpenDyslexic)', s.dyslexiaFont, (on) => this.store.update({ dyslexiaFont: on })),
          ),
          h(
            'section',
            { 'aria-labelledby': 'settings-display' },
            h('h3', { id: 'settings-display' }, 'Display'),
            this.checkbox('highContrast', 'High contrast (black and white, thicker borders)', s.highContrast, (on) => this.store.update({ highContrast: on })),
            this.radios('motion', 'Motion', MOTION_PREFS, s.motion,
              (v) => (v === 'system' ? `${MOTION_LABEL.system} (now: ${this.systemReducedMotion() ? 'reduced' : 'full'})` : MOTION_LABEL[v]),
              (v) => this.store.update({ motion: v })),
          ),
          h(
            'section',
            { 'aria-labelledby': 'settings-keys' },
            h('h3', { id: 'settings-keys' }, 'Keyboard'),
            this.checkbox('singleKeys', 'Single-key shortcuts (P press, E present, H hint, R record, B backlog, S settings, digits, arrows)', s.singleKeys,
              (on) => this.store.update({ singleKeys: on }), 'singleKeys-note'),
            h('p', { class: 'hint', id: 'singleKeys-note' },
              'Turn them off when a screen reader or speech input uses those keys. Every action stays a button, reached with Tab; Enter, Space and Esc always work.'),
          ),
          h(
            'section',
            { 'aria-labelledby': 'settings-sound' },
            h('h3', { id: 'settings-sound' }, 'Sound'),
            this.checkbox('muted', 'Mute all sound', s.muted, (on) => this.store.update({ muted: on })),
            ...(Object.keys(VOLUME_LABEL) as Array<keyof Volumes>).map((k) => this.slider(k, s)),
            this.checkbox('captions', 'Captions for sounds (shown on the stage, e.g. “[gavel bangs]”)', s.captions, (on) => this.store.update({ captions: on })),
          ),
        ),
        h(
          'footer',
          {},
          h('button', { type: 'button', 'data-setting': 'reset', onclick: () => this.reset() }, 'Reset to defaults'),
          h('p', { class: 'settings-note' }, 'Settings are saved on this device and apply at once.'),
        ),
      ),
    );
  }

  private reset(): void {
    this.store.update(structuredClone(DEFAULT_SETTINGS) as Settings);
    this.render();
    this.dialog.querySelector<HTMLElement>('[data-setting="reset"]')?.focus();
  }

  private radios<T extends string | number>(
    name: string, legend: string, values: readonly T[], current: T, label: (v: T) => string, onPick: (v: T) => void, note?: string,
  ): HTMLElement {
    const noteId = note ? `${name}-note` : null;
    return h(
      'fieldset',
      { class: 'choice-row', 'data-setting': name, 'aria-describedby': noteId },
      h('legend', {}, legend),
      h(
        'div',
        { class: 'options' },
        ...values.map((v) =>
          h(
            'label',
            {},
            h('input', { type: 'radio', name, value: String(v), checked: v === current, onchange: () => onPick(v) }),
            h('span', {}, label(v)),
          ),
        ),
      ),
      note ? h('p', { class: 'hint', id: noteId }, note) : null,
    );
  }

  private checkbox(name: string, label: string, checked: boolean, onToggle: (on: boolean) => void, describedBy?: string): HTMLElement {
    return h(
      'label',
      { class: 'check', 'data-setting': name },
      h('input', { type: 'checkbox', name, checked, 'aria-describedby': describedBy, onchange: (e: Event) => onToggle((e.target as HTMLInputElement).checked) }),
      h('span', {}, label),
    );
  }

  private slider(key: keyof Volumes, s: Settings): HTMLElement {
    const id = `volume-${key}`;
    const pct = Math.round(s.volumes[key] * 100);
    const out = h('output', { for: id, 'aria-hidden': 'true' }, `${pct}%`);
    return h(
      'div',
      { class: 'slider', 'data-setting': id },
      h('label', { for: id }, VOLUME_LABEL[key]),
      h('input', {
        type: 'range', id, name: id, min: 0, max: 100, step: 5, value: pct, 'aria-valuetext': `${pct}%`,
        oninput: (e: Event) => {
          const input = e.target as HTMLInputElement;
          const v = Number(input.value);
          out.textContent = `${v}%`;
          input.setAttribute('aria-valuetext', `${v}%`);
          this.store.update({ volumes: { [key]: v / 100 } });
        },
      }),
      out,
    );
  }
}
