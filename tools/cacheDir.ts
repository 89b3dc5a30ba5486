// Where the tools keep what they computed once (compiled ink, story walks): node_modules/.cache
// by default, like other tools do, so a fresh `npm ci` starts clean. EXHIBIT_CACHE_DIR moves it
// (measuring a cold run without emptying a cache other checkouts share through a linked node_modules).
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export function cacheDir(name: string): string {
  const base = process.env.EXHIBIT_CACHE_DIR ? resolve(process.env.EXHIBIT_CACHE_DIR) : join(ROOT, 'node_modules', '.cache');
  return join(base, name);
}
