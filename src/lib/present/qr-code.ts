import { encode } from 'uqr';

/** A QR code as an SVG path over a `size`×`size` grid of modules, one unit each. */
export interface QrCode {
  size: number;
  path: string;
}

/**
 * The QR code of `text` (a permalink), computed when the site is built so that a printed handout
 * carries it without the reader's browser loading an encoder. Runs of dark modules in a row
 * become one rectangle, which keeps the path a few kilobytes.
 */
export function qrCode(text: string): QrCode {
  const { size, data } = encode(text, { border: 0, ecc: 'M' });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, path: runs.join('') };
}
