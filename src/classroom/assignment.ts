// Assignment links. A teacher picks cases, mode, hints and language; the choice travels in
// the link itself (?assign=…): versioned JSON, base64url, plus a short checksum so a link
// that was changed or cut off when copied is caught and explained. No server, no accounts.
import { MODES, type Mode } from '../story/modes';
import { CASES } from '../content/caseList';

export const ASSIGNMENT_VERSION = 1;
export const LANGUAGES = [{ id: 'en', name: 'English' }] as const;
export type Language = (typeof LANGUAGES)[number]['id'];

/** Longest teacher text kept in a link (class name, due note, note), so the QR code stays scannable. */
export const TEXT_LIMITS = { className: 60, due: 80, note: 240 } as const;

export interface Assignment {
  v: typeof ASSIGNMENT_VERSION;
  cases: string[];
  mode: Mode;
  hints: boolean;
  lang: Language;
  className?: string;
  due?: string;
  note?: string;
}

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; message: string };

const PREFIX = 'a1';
const ASK_AGAIN = 'Ask your teacher for the link again. You can still play normally.';

// ---- bytes <-> base64url ------------------------------------------------------------------

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** FNV-1a, 32 bits, as 7 base-36 digits: enough to catch a changed or shortened link. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

// ---- the assignment -----------------------------------------------------------------------

function cleanText(value: unknown, limit: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.replace(/\s+/g, ' ').trim().slice(0, limit);
  return t || undefined;
}

/** A well-formed assignment from a teacher's choices (drops empty texts, keeps case order). */
export function makeAssignment(input: { cases: string[]; mode: Mode; hints: boolean; lang?: Language; className?: string; due?: string; note?: string }): Assignment {
  const a: Assignment = {
    v: ASSIGNMENT_VERSION,
    cases: CASES.map((c) => c.id).filter((id) => input.cases.includes(id)),
    mode: input.mode,
    hints: input.mode === 'expert' ? false : input.hints,
    lang: input.lang ?? 'en',
  };
  const className = cleanText(input.className, TEXT_LIMITS.className);
  const due = cleanText(input.due, TEXT_LIMITS.due);
  const note = cleanText(input.note, TEXT_LIMITS.note);
  if (className) a.className = className;
  if (due) a.due = due;
  if (note) a.note = note;
  return a;
}

export function encodeAssignment(a: Assignment): string {
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(a)));
  return `${PREFIX}.${body}.${checksum(body)}`;
}

/** The link a teacher hands out: this page's address with ?assign=… */
export function assignmentLink(a: Assignment, base: { origin: string; pathname: string }): string {
  return `${base.origin}${base.pathname}?assign=${encodeAssignment(a)}`;
}

export function decodeAssignment(payload: string | null | undefined): DecodeResult {
  const text = (payload ?? '').trim();
  if (!text) return { ok: false, message: `This assignment link is empty. ${ASK_AGAIN}` };
  const parts = text.split('.');
  if (parts[0] !== PREFIX) {
    return /^a\d+$/.test(parts[0])
      ? { ok: false, message: `This assignment link was made by a newer version of Exhibit 1937. ${ASK_AGAIN}` }
      : { ok: false, message: `This is not an Exhibit 1937 assignment link. ${ASK_AGAIN}` };
  }
  if (parts.length !== 3 || !parts[1] || !parts[2]) {
    return { ok: false, message: `This assignment link is incomplete: it may have been cut off when it was copied. ${ASK_AGAIN}` };
  }
  const [, body, sum] = parts;
  if (checksum(body) !== sum) {
    return { ok: false, message: `This assignment link has been changed or cut off, so its settings cannot be trusted. ${ASK_AGAIN}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body)));
  } catch {
    return { ok: false, message: `This assignment link cannot be read. ${ASK_AGAIN}` };
  }
  return checkAssignment(raw);
}

function checkAssignment(raw: unknown): DecodeResult {
  const bad = (why: string): DecodeResult => ({ ok: false, message: `This assignment link ${why}. ${ASK_AGAIN}` });
  if (!raw || typeof raw !== 'object') return bad('cannot be read');
  const r = raw as Record<string, unknown>;
  if (r.v !== ASSIGNMENT_VERSION) return typeof r.v === 'number' && r.v > ASSIGNMENT_VERSION ? bad('was made by a newer version of Exhibit 1937') : bad('cannot be read');
  if (!Array.isArray(r.cases) || !r.cases.length || !r.cases.every((c) => typeof c === 'string')) return bad('names no case');
  const unknown = (r.cases as string[]).filter((c) => !CASES.some((k) => k.id === c));
  if (unknown.length) return bad(`names a case this version of the game does not have (${unknown.join(', ')})`);
  if (!MODES.includes(r.mode as Mode)) return bad('names an unknown mode');
  if (typeof r.hints !== 'boolean') return bad('does not say whether hints are allowed');
  if (!LANGUAGES.some((l) => l.id === r.lang)) return bad(`asks for a language this version does not have (${String(r.lang)})`);
  return {
    ok: true,
    assignment: makeAssignment({
      cases: r.cases as string[], mode: r.mode as Mode, hints: r.hints, lang: r.lang as Language,
      className: r.className as string, due: r.due as string, note: r.note as string,
    }),
  };
}

/** Reads ?assign= from a query string: null when there is none. */
export function assignmentFromSearch(search: string): DecodeResult | null {
  const params = new URLSearchParams(search);
  return params.has('assign') ? decodeAssignment(params.get('assign')) : null;
}

export function languageName(lang: Language): string {
  return LANGUAGES.find((l) => l.id === lang)?.name ?? lang;
}
