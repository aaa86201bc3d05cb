/** The strip compressions of TIFF scans: PackBits, LZW (TIFF 6.0 §13) and zlib Deflate. */

export function decodePackBits(input: Uint8Array, expected: number): Uint8Array {
  const out = new Uint8Array(expected);
  let o = 0;
  for (let i = 0; i < input.length && o < expected; ) {
    const n = (input[i++]! << 24) >> 24;
    if (n >= 0) {
      const count = Math.min(n + 1, expected - o);
      out.set(input.subarray(i, i + count), o);
      i += n + 1;
      o += count;
    } else if (n !== -128) {
      out.fill(input[i++]!, o, Math.min(o + 1 - n, expected));
      o += 1 - n;
    }
  }
  return out;
}

export function decodeLzw(input: Uint8Array, expected: number): Uint8Array {
  const out = new Uint8Array(expected);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    lengths[i] = 1;
    prefix[i] = -1;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let o = 0;
  let bitPos = 0;
  const write = (code: number): number => {
    const length = lengths[code]!;
    let p = o + length - 1;
    for (let c = code; c !== -1 && p >= o; c = prefix[c]!) {
      if (p < expected) out[p] = suffix[c]!;
      p--;
    }
    o += length;
    let first = code;
    while (prefix[first]! !== -1) first = prefix[first]!;
    return suffix[first]!;
  };
  while (o < expected && bitPos + width <= input.length * 8) {
    let code = 0;
    for (let b = 0; b < width; b++, bitPos++)
      code = (code << 1) | ((input[bitPos >> 3]! >> (7 - (bitPos & 7))) & 1);
    if (code === 257) break;
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (previous === -1) {
      write(code);
    } else if (code < next) {
      const first = write(code);
      if (next < 4096) {
        prefix[next] = previous;
        suffix[next] = first;
        lengths[next] = lengths[previous]! + 1;
        next++;
      }
    } else {
      let first = previous;
      while (prefix[first]! !== -1) first = prefix[first]!;
      if (next < 4096) {
        prefix[next] = previous;
        suffix[next] = suffix[first]!;
        lengths[next] = lengths[previous]! + 1;
        next++;
      }
      write(code);
    }
    previous = code;
    // TIFF's LZW switches code width one code early.
    if (next + 1 >= 1 << width && width < 12) width++;
  }
  return out;
}

/**
 * Inflates at most `expected` bytes and stops there: a strip of a few kilobytes can expand to
 * gigabytes, and only the rows the strip should hold are ever read.
 */
export async function inflate(input: Uint8Array, expected: number): Promise<Uint8Array> {
  const out = new Uint8Array(expected);
  let length = 0;
  const reader = new Blob([input as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate"))
    .getReader();
  while (length < expected) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = Math.min(value.length, expected - length);
    out.set(value.subarray(0, take), length);
    length += take;
  }
  await reader.cancel().catch(() => undefined);
  return out.subarray(0, length);
}
