// The stage's renderer: Canvas where WebGL is emulated in software, the browser's best otherwise.
import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer } from '../../src/stage/rendererChoice';

describe('the stage renderer', () => {
  it('takes Canvas where WebGL is emulated on the CPU or missing', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      null,
    ]) expect(chooseRenderer('', name), String(name)).toBe('canvas');
  });

  it('leaves a real GPU to Phaser (WebGL)', () => {
    for (const name of ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 600 (GLK 2), OpenGL 4.6)', 'ANGLE (ARM, Mali-G72, OpenGL ES 3.2)', 'Apple M1']) {
      expect(isSoftwareRenderer(name), name).toBe(false);
      expect(chooseRenderer('?x=1', name)).toBe('auto');
    }
  });

  it('obeys ?renderer= either way, and ignores anything else there', () => {
    expect(chooseRenderer('?renderer=webgl', 'Google SwiftShader')).toBe('webgl');
    expect(chooseRenderer('?test=1&renderer=canvas', 'Apple M1')).toBe('canvas');
    expect(chooseRenderer('?renderer=vulkan', 'Apple M1')).toBe('auto');
  });
});
