// Vite plugin for the one-file build (`npm run build:single`, mode "single"): everything the
// game loads at run time from assets/ becomes a data: URL inside the bundle, so one HTML file
// plays from a USB stick (file://), where nothing can be fetched. The art (SVG) and the art
// manifest, the sound (MP3 only: every browser plays it, so the OGG copies are left out), the
// effects sprite map, and in the CSS the fonts and the title picture. Other builds get
// `export default null` and load the files as usual. src/assets/assetUrl.ts reads the map.
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The one file's name, in dist-single/. */
export const SINGLE_FILE = 'exhibit-1937.html';

const VIRTUAL = 'virtual:exhibit-inlined-assets';
const PWA = 'virtual:pwa-register';
const TYPES: Record<string, string> = { svg: 'image/svg+xml', json: 'application/json', mp3: 'audio/mpeg', woff2: 'font/woff2' };

function dataUrl(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  return `data:${TYPES[ext]};base64,${readFileSync(file).toString('base64')}`;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

export function inlinedAssetsPlugin(single: boolean, assets = 'assets'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'exhibit-inlined-assets',
    enforce: 'pre',
    configResolved(c) {
      config = c;
    },
    // The one file is named for what it is, so a teacher can tell it apart on a USB stick.
    closeBundle: {
      order: 'post',
      handler() {
        const dir = join(config.root, config.build.outDir);
        if (single && existsSync(join(dir, 'index.html'))) renameSync(join(dir, 'index.html'), join(dir, SINGLE_FILE));
      },
    },
    resolveId(id) {
      if (id === VIRTUAL) return `\0${VIRTUAL}`;
      // The one file has no service worker (file:// cannot have one): a registration that does nothing.
      if (single && id === PWA) return `\0${PWA}`;
      return null;
    },
    load(id) {
      if (id === `\0${PWA}`) return 'export function registerSW() { return async () => {}; }';
      if (id !== `\0${VIRTUAL}`) return null;
      if (!single) return 'export default null;';
      const map: Record<string, string> = {};
      for (const file of walk(assets)) {
        const path = relative(assets, file).split(sep).join('/');
        if (/^art\/.*\.(svg|json)$/.test(path) || /^audio\/.*\.(mp3|json)$/.test(path)) map[path] = dataUrl(file);
      }
      return `export default ${JSON.stringify(map)};`;
    },
    transform(code, id) {
      if (!single || !id.endsWith('.css')) return null;
      return code.replace(/url\((['"]?)\/((?:fonts|art)\/[^'")]+)\1\)/g, (_m, _q, path: string) => `url("${dataUrl(join(assets, path))}")`);
    },
  };
}
