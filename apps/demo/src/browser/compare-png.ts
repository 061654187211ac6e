import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface PngComparison {
  /** Whether the images are the same size and differ in no more pixels than allowed. */
  same: boolean;
  /** Share of pixels that differ (0 to 1); 1 when the sizes differ. */
  differing: number;
  /** The differing pixels in red over the reference, when the sizes match. */
  diff?: Buffer;
  reason?: string;
}

/**
 * Compares a screenshot with its reference, tolerating anti-aliasing and a small share of
 * differing pixels (`tolerance`, 0.5 % by default) so that sub-pixel text rendering does not
 * fail a test, while a change of layout, size, colour or letter case does.
 */
export function comparePng(actual: Buffer, reference: Buffer, tolerance = 0.005): PngComparison {
  const a = PNG.sync.read(actual);
  const r = PNG.sync.read(reference);
  if (a.width !== r.width || a.height !== r.height) {
    return {
      same: false,
      differing: 1,
      reason: `size ${a.width}×${a.height} instead of ${r.width}×${r.height}`,
    };
  }
  const diff = new PNG({ width: r.width, height: r.height });
  const count = pixelmatch(a.data, r.data, diff.data, r.width, r.height, { threshold: 0.1 });
  const differing = count / (r.width * r.height);
  return {
    same: differing <= tolerance,
    differing,
    diff: PNG.sync.write(diff),
    ...(differing > tolerance
      ? { reason: `${(differing * 100).toFixed(2)} % of the pixels differ` }
      : {}),
  };
}
