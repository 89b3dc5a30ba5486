// A tiny element builder: the HTML layer is plain DOM so screen readers get real markup.
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v as EventListener);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/**
 * Shows or hides, and sets an attribute, only when that changes something: the same value
 * written again is still a mutation, which the browser checks against styles and the
 * accessibility tree at the next frame (several per line, on every line).
 */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Text written only when it changes: the same text again is a new text node to lay out. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from index.html`);
  return el as T;
}

/** append() that skips absent children, like h(). */
export function append(el: Element, ...children: Array<Node | string | null | undefined | false>): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
}

/** The header every modal dialog has: its heading (which labels it) and a Close button. */
export function dialogHeader(headingId: string, title: string, close: () => void): HTMLElement {
  return h(
    'header',
    {},
    h('h2', { id: headingId }, title),
    h('button', { type: 'button', class: 'close', 'aria-keyshortcuts': 'Escape', onclick: close }, 'Close ', h('kbd', { 'aria-hidden': 'true' }, 'Esc')),
  );
}
