// The seal on a report or a save file: SHA-256 (@noble/hashes, works without a secure
// context, so also on a school's plain-http server) over the file's content in a fixed key
// order. It shows that a file was changed by hand after the game wrote it. It is not a
// signature: the game's code is public, so a determined forger can recompute it.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The seal of `body` (everything but the seal itself) under a purpose label. */
export function sealOf(purpose: string, body: unknown): string {
  return sha256Hex(`exhibit-1937/${purpose}\n${canonicalJson(body)}`);
}
