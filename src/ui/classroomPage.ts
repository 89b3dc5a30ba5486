// One full-screen paper page for the classroom screens (teacher page, class view, guide,
// student report). While it is open the game behind it is inert and its keys are off.
import { byId, clear, h } from './dom';

let root: HTMLElement | null = null;
let restore: Array<[HTMLElement, boolean]> = [];
let returnFocus: HTMLElement | null = null;

function pageRoot(): HTMLElement {
  if (!root) {
    root = h('section', { id: 'classroom-page', class: 'classroom-page', hidden: true, 'aria-labelledby': 'classroom-heading' });
    // The courtroom listens for its shortcut keys on the document: keep them inside the page.
    root.addEventListener('keydown', (e) => e.stopPropagation());
    byId('app').append(root);
  }
  return root;
}

export function isPageOpen(): boolean {
  return Boolean(root && !root.hidden);
}

/** Shows the page with a heading and content; the heading takes focus. */
export function openPage(kind: string, heading: string, ...children: Array<Node | null | false>): HTMLElement {
  const el = pageRoot();
  if (el.hidden) {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    restore = [];
    for (const sib of Array.from(byId('app').children) as HTMLElement[]) {
      if (sib === el || sib.id === 'live') continue;
      restore.push([sib, sib.inert]);
      sib.inert = true;
    }
  }
  clear(el);
  el.dataset.page = kind;
  el.hidden = false;
  el.scrollTop = 0;
  const h1 = h('h1', { id: 'classroom-heading', tabindex: '-1' }, heading);
  el.append(h('div', { class: 'cr-inner' }, h1, ...children.filter((c): c is Node => Boolean(c))));
  h1.focus();
  return el;
}

export function closePage(): void {
  if (!root || root.hidden) return;
  root.hidden = true;
  clear(root);
  delete root.dataset.page;
  for (const [el, inert] of restore) el.inert = inert;
  restore = [];
  if (returnFocus?.isConnected) returnFocus.focus();
  returnFocus = null;
}

/** A row of buttons at the top of a page (back, print, …). */
export function toolbar(...buttons: Array<HTMLElement | null>): HTMLElement {
  return h('nav', { class: 'cr-toolbar', 'aria-label': 'Page actions' }, ...buttons);
}

export function button(label: string, onclick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attrs, onclick }, label);
}

/** Says something to screen readers through the game's live region. */
export function say(text: string): void {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  window.setTimeout(() => (live.textContent = text), 30);
}

/** Lets the student's browser save a file (no upload, no server). */
export function downloadFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}
