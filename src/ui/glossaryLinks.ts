// Glossary words in the dialogue open their entry: once a line is fully shown, the first
// occurrence of each word of the primer's glossary becomes a button (click, tap, or Tab and
// Enter) that opens a small dialog with the entry, its source and a way to the primer. The
// text itself is unchanged, so screen readers and the live region read the same line.
import { PRIMER_GLOSSARY, type PrimerTerm } from '../classroom/primer';
import { citeLabel } from '../classroom/guide';
import { dialogHeader, h } from './dom';

const WORDS = PRIMER_GLOSSARY.flatMap((t) => [t.term, ...(t.also ?? [])].map((w) => ({ w, t }))).sort((a, b) => b.w.length - a.w.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`\\b(${WORDS.map((x) => escape(x.w)).join('|')})\\b`, 'gi');

function termOf(word: string): PrimerTerm | undefined {
  return WORDS.find((x) => x.w.toLowerCase() === word.toLowerCase())?.t;
}

let dialog: HTMLDialogElement | null = null;

function openEntry(t: PrimerTerm, opener: HTMLElement, primer: () => void): void {
  dialog?.remove();
  const d = h('dialog', { id: 'gloss-dialog', class: 'gloss-dialog', 'aria-labelledby': 'gloss-heading' }) as HTMLDialogElement;
  const close = () => d.close();
  d.append(
    dialogHeader('gloss-heading', t.term, close),
    h('p', {}, t.text),
    h('p', { class: 'cr-help' }, t.outside ? `Outside the book: ${t.outside}` : t.cite ? `Source: ${citeLabel(t.cite)}` : ''),
    h('button', { type: 'button', id: 'btn-gloss-primer', onclick: () => { close(); primer(); } }, 'More in the primer'),
  );
  d.addEventListener('keydown', (e) => e.stopPropagation());
  d.addEventListener('close', () => {
    d.remove();
    if (dialog === d) dialog = null;
    if (opener.isConnected) opener.focus();
  });
  document.body.append(d);
  dialog = d;
  d.showModal();
  (d.querySelector('button.close') as HTMLElement | null)?.focus();
}

/** Turns glossary words in a fully shown line into buttons; leaves a line still appearing alone. */
export function linkGlossary(el: HTMLElement, primer: () => void): void {
  if (el.children.length || !el.textContent) return;
  const text = el.textContent;
  const seen = new Set<PrimerTerm>();
  const parts: Array<string | HTMLElement> = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    const t = termOf(m[0]);
    if (!t || seen.has(t) || m.index === undefined) continue;
    seen.add(t);
    parts.push(text.slice(last, m.index));
    const b = h('button', { type: 'button', class: 'gloss-term', 'aria-haspopup': 'dialog', 'data-term': t.term, title: `What is “${t.term}”?` }, m[0]);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      openEntry(t, b, primer);
    });
    // Enter and Space on the word open it; they must not also advance the line.
    b.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
    });
    parts.push(b);
    last = m.index + m[0].length;
  }
  if (!seen.size) return;
  parts.push(text.slice(last));
  el.replaceChildren(...parts);
}

/** Watches the dialogue line and links glossary words whenever a line is complete. */
export function installGlossaryLinks(primer: () => void): void {
  const el = document.getElementById('line-text');
  if (!el) return;
  new MutationObserver(() => linkGlossary(el, primer)).observe(el, { childList: true, characterData: true, subtree: true });
}
