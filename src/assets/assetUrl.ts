// Where a file of assets/ (art, sound, their manifests) is loaded from: its path on the web
// site, or, in the one-file build, the data: URL the build put inside the page
// (tools/vite-plugin-inlined-assets.ts).
import inlined from 'virtual:exhibit-inlined-assets';

/** The data: URL of an inlined file (one-file build), or null. */
export function inlinedAsset(path: string): string | null {
  return inlined?.[path] ?? null;
}

/** The URL to load a file of assets/ from (a path relative to the page, e.g. "art/bg/road.svg"). */
export function assetUrl(path: string): string {
  return inlinedAsset(path) ?? path;
}

/** True in the one-file build. */
export const singleFile = inlined !== null;
