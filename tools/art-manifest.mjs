#!/usr/bin/env node
// Regenerates assets/art/manifest.json from the SVG files that actually exist.
// Usage: node tools/art-manifest.mjs   (plain ESM, no dependencies)
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ART = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'art');
const ORDER = ['neutral', 'pressed', 'angry', 'shaken', 'thinking'];
const svgs = (dir) => readdirSync(join(ART, dir)).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)).sort();

const backgrounds = svgs('bg');
const busts = {};
for (const name of svgs('busts')) {
  const cut = name.lastIndexOf('-');
  if (cut < 1) continue;
  const id = name.slice(0, cut), expr = name.slice(cut + 1);
  (busts[id] ??= []).push(expr);
}
const rank = (e) => (ORDER.includes(e) ? ORDER.indexOf(e) : ORDER.length);
for (const id of Object.keys(busts)) busts[id].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

writeFileSync(join(ART, 'manifest.json'), JSON.stringify({ backgrounds, busts }, null, 2) + '\n');
console.log(`art manifest: ${backgrounds.length} backgrounds, ${Object.keys(busts).length} characters`);
