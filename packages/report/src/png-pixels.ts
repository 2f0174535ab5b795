import { inflateSync } from 'node:zlib';

/** A decoded PNG: its size and RGBA pixels (8 bits a channel, as resvg writes them). */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/** Decodes a non-interlaced 8-bit RGBA or RGB PNG (what resvg writes); for tests that look at the pixels. */
export function decodePng(png: Buffer): Pixels {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (channels === 0) throw new Error(`colour type ${body[9]} is not RGB or RGBA`);
    } else if (type === 'IDAT') data.push(body);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? (row[x - channels] as number) : 0;
      const b = previous[x] as number;
      const c = x >= channels ? (previous[x - channels] as number) : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor =
        [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter ?? 0] ?? 0;
      row[x] = ((line[x] as number) + predictor) & 0xff;
    }
    for (let x = 0; x < width; x += 1) {
      out.set(row.subarray(x * channels, x * channels + 3), (y * width + x) * 4);
      out[(y * width + x) * 4 + 3] = channels === 4 ? (row[x * 4 + 3] as number) : 255;
    }
    previous = row;
  }
  return { width, height, rgba: out };
}

/** How many pixels are within `tolerance` (per channel) of a colour given as #rrggbb. */
export function pixelsOf(pixels: Pixels, color: string, tolerance = 8): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let count = 0;
  for (let i = 0; i < pixels.rgba.length; i += 4) {
    if (
      Math.abs((pixels.rgba[i] as number) - r) <= tolerance &&
      Math.abs((pixels.rgba[i + 1] as number) - g) <= tolerance &&
      Math.abs((pixels.rgba[i + 2] as number) - b) <= tolerance
    )
      count += 1;
  }
  return count;
}
