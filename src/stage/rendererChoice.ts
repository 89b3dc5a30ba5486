// Which renderer draws the stage. WebGL where a GPU draws it; Phaser's Canvas renderer where
// WebGL would only be emulated on the CPU (no GPU, or a blocklisted driver: many school machines,
// and headless browsers). The stage is a few still pictures and simple tweens, which a 2D canvas
// draws cheaply; emulated WebGL rasterises each frame on the CPU and, with the page composited
// in software, then copies it back to the page. Measured at 4x CPU throttle on this kind of
// machine (npm run bench): a line with a new bust took ~700 ms (p95) on emulated WebGL, ~220 ms
// on Canvas. Chromium's `failIfMajorPerformanceCaveat` does not flag its own emulated WebGL
// (SwiftShader), so the renderer's name decides. `?renderer=webgl|canvas` overrides the choice:
// the browser tests check both renderers on their pixels.

export type RendererChoice = 'webgl' | 'canvas' | 'auto';

/** Software rasterisers behind WebGL: Chromium's SwiftShader, Mesa's llvmpipe/softpipe, Windows' WARP. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|microsoft basic render|\bwarp\b/i;

export function isSoftwareRenderer(name: string | null): boolean {
  return name === null || SOFTWARE_GL.test(name);
}

/** `search` is the page's query string; `glName` the WebGL renderer's name (null: no WebGL). */
export function chooseRenderer(search: string, glName: string | null): RendererChoice {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'webgl' || asked === 'canvas') return asked;
  return isSoftwareRenderer(glName) ? 'canvas' : 'auto';
}

/** The name of the GPU (or software rasteriser) behind WebGL in this browser; null without WebGL. */
export function webglRendererName(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext(); // the probe's context is not kept
    return name;
  } catch {
    return null;
  }
}
