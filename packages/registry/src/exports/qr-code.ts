import { correction, generate } from 'lean-qr';

/** A QR code's modules: `dark(x, y)` for each of `size` × `size` (the quiet zone is the caller's). */
export interface QrModules {
  size: number;
  dark(x: number, y: number): boolean;
}

/**
 * The QR code of an address, with medium error correction (a printed certificate is folded,
 * stamped and photocopied): lean-qr chooses the smallest version that holds it.
 */
export function qrModules(text: string): QrModules {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, dark: (x, y) => code.get(x, y) };
}

/** The QR code as an SVG path of unit squares (`viewBox="0 0 size size"`). */
export function qrSvgPath(modules: QrModules): string {
  let path = '';
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) if (modules.dark(x, y)) path += `M${x} ${y}h1v1h-1z`;
  return path;
}
