/** Huffman decoding of JPEG entropy-coded data, bit by bit, with byte stuffing and restarts. */

export interface Huffman {
  maxcode: Int32Array;
  valptr: Int32Array;
  mincode: Int32Array;
  values: Uint8Array;
}

export function buildHuffman(counts: Uint8Array, values: Uint8Array): Huffman {
  const maxcode = new Int32Array(18).fill(-1);
  const valptr = new Int32Array(17);
  const mincode = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let l = 1; l <= 16; l++) {
    valptr[l] = k;
    mincode[l] = code;
    code += counts[l - 1]!;
    k += counts[l - 1]!;
    maxcode[l] = counts[l - 1] ? code - 1 : -1;
    code <<= 1;
  }
  return { maxcode, valptr, mincode, values };
}

export class BitReader {
  private bits = 0;
  private count = 0;
  constructor(
    private readonly data: Uint8Array,
    public pos: number,
  ) {}
  bit(): number {
    if (this.count === 0) {
      const byte = this.data[this.pos];
      if (byte === undefined) return 0;
      if (byte === 0xff) {
        const next = this.data[this.pos + 1];
        if (next !== 0x00) return 0; // a marker: the scan's data ended early; pad with zeros
        this.pos += 2;
      } else this.pos += 1;
      this.bits = byte;
      this.count = 8;
    }
    this.count--;
    return (this.bits >> this.count) & 1;
  }
  receive(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | this.bit();
    return v;
  }
  extend(n: number): number {
    if (n === 0) return 0;
    const v = this.receive(n);
    return v < 1 << (n - 1) ? v - (1 << n) + 1 : v;
  }
  decode(table: Huffman): number {
    let code = 0;
    for (let l = 1; l <= 16; l++) {
      code = (code << 1) | this.bit();
      if (code <= table.maxcode[l]!)
        return table.values[table.valptr[l]! + code - table.mincode[l]!]!;
    }
    return 0;
  }
  /** At a restart marker: drop the remaining bits and step over RSTn. */
  restart(): void {
    this.count = 0;
    while (
      this.pos + 1 < this.data.length &&
      !(
        this.data[this.pos] === 0xff &&
        this.data[this.pos + 1]! >= 0xd0 &&
        this.data[this.pos + 1]! <= 0xd7
      )
    )
      this.pos++;
    this.pos += 2;
  }
}

/** The next marker after entropy-coded data that begins at `from`. */
export function skipEntropy(data: Uint8Array, from: number): number {
  let p = data.indexOf(0xff, from);
  while (p !== -1 && p + 1 < data.length) {
    const n = data[p + 1]!;
    if (n !== 0 && n !== 0xff && !(n >= 0xd0 && n <= 0xd7)) return p;
    p = data.indexOf(0xff, p + 1);
  }
  return data.length;
}
