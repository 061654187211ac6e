import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { comparePng } from './compare-png.js';

function image(width: number, height: number, paint: (x: number, y: number) => number[]): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      png.data.set([r!, g!, b!, 255], (y * width + x) * 4);
    }
  return PNG.sync.write(png);
}

describe('comparing a screenshot with its reference', () => {
  const white = image(100, 100, () => [255, 255, 255]);

  it('accepts the same image', () => {
    expect(comparePng(white, white)).toMatchObject({ same: true, differing: 0 });
  });

  it('tolerates a few differing pixels, not a changed block', () => {
    const speck = image(100, 100, (x, y) => (x === 5 && y < 20 ? [0, 0, 0] : [255, 255, 255]));
    expect(comparePng(speck, white).same).toBe(true);
    const block = image(100, 100, (x, y) => (x < 20 && y < 20 ? [255, 0, 255] : [255, 255, 255]));
    const result = comparePng(block, white);
    expect(result.same).toBe(false);
    expect(result.differing).toBeCloseTo(0.04);
  });

  it('refuses another size', () => {
    const taller = image(100, 120, () => [255, 255, 255]);
    expect(comparePng(taller, white)).toMatchObject({
      same: false,
      reason: 'size 100×120 instead of 100×100',
    });
  });
});
