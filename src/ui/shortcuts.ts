// Keyboard shortcuts and their hints. Single-character keys (letters, digits, arrows) can be
// turned off in the settings (WCAG 2.1.4: in a screen reader's browse mode those keys belong
// to the reader); buttons and Tab still do everything, and Enter, Space and Esc always work.
// Every hint is a <kbd> hidden from the accessibility tree: the key is in aria-keyshortcuts.
import { h } from './dom';

/** Keys that stay on when single-key shortcuts are off (not character keys). */
const ALWAYS = new Set(['Enter', 'Space', 'Escape', 'Esc', 'Enter Space']);

let singleKeys = true;

export function singleKeysOn(): boolean {
  return singleKeys;
}

function isSingle(keys: string): boolean {
  return !ALWAYS.has(keys);
}

/** aria-keyshortcuts for a control, or nothing while its key is turned off. */
export function keyAttr(keys: string): { 'aria-keyshortcuts': string | null; 'data-keys': string } {
  return { 'aria-keyshortcuts': !isSingle(keys) || singleKeys ? keys : null, 'data-keys': keys };
}

/** The visible key hint after a button's label (hidden from screen readers). */
export function kbd(label: string, keys = label): HTMLElement {
  return h('kbd', { 'aria-hidden': 'true', 'data-single': isSingle(keys) ? 'true' : null }, label);
}

/** Turns single-key shortcuts on or off, and updates every control on the page. */
export function setSingleKeys(on: boolean): void {
  singleKeys = on;
  document.documentElement.classList.toggle('no-single-keys', !on);
  for (const el of document.querySelectorAll<HTMLElement>('[data-keys]')) {
    const keys = el.dataset.keys!;
    if (!isSingle(keys) || on) el.setAttribute('aria-keyshortcuts', keys);
    else el.removeAttribute('aria-keyshortcuts');
  }
}

/** In a tip, "(R)" or "(← →)" names a key; without single-key shortcuts only the button is named. */
export function withoutSingleKeys(text: string): string {
  if (singleKeys) return text;
  return text.replace(/\s*\((?:[A-Z0-9]|[←→]|← →|[A-Z], [A-Z])\)/g, '');
}
