// Fetching the art manifest in the browser (its path, or its data: URL in the one-file build).
import { assetUrl } from '../assets/assetUrl';
import { EMPTY_MANIFEST, type ArtManifest } from './artManifest';

let manifest: Promise<ArtManifest> | null = null;

/**
 * The art manifest, fetched once. It is fetched rather than loaded by Phaser so that a missing
 * or broken one quietly leaves a plain stage instead of raising a loader error; and outside the
 * scene so that the fetch runs while Phaser itself is still arriving (stage/lazyStage.ts).
 */
export function fetchManifest(): Promise<ArtManifest> {
  manifest ??= fetch(assetUrl('art/manifest.json'))
    .then((r) => (r.ok ? r.json() : EMPTY_MANIFEST))
    .catch(() => EMPTY_MANIFEST)
    .then((m: ArtManifest) => (m && Array.isArray(m.backgrounds) && m.busts ? m : EMPTY_MANIFEST));
  return manifest;
}
