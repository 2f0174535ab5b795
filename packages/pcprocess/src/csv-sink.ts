import { csvField } from '@perfanalysis/shared';

/** Output is gathered in buffers of this size, each written with one call once it is full. */
const BUFFER_BYTES = 1 << 20;
/** Room for a separator and a number: String(number) never takes more than 25 characters. */
const NUMBER_ROOM = 32;
/** The most bytes UTF-8 needs for one UTF-16 code unit. */
const MAX_UTF8_BYTES_PER_UNIT = 3;
/** 10^i, for counting the digits of an integer part (below 2^53 / 100, so 14 digits at most). */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);
const INT32_MAX = 2 ** 31 - 1;

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;

/**
 * The bytes of one CSV file, written field by field straight into large buffers: no string per row or per
 * number, nothing for the garbage collector but the full buffers. A row is `start`, then `name`, `number`
 * or `optional` for each further field, then `end`. Numbers come out exactly as `formatNumber` (and so
 * `String`) writes them, names as `csvField` quotes them, in UTF-8.
 */
export class CsvSink {
  #buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  #used = 0;
  /** Buffers filled, in order, before the current one. */
  #filled: Buffer[] = [];
  #filledBytes = 0;

  /** Bytes written and not yet taken (`take`, `takeFull`, `moveTo`). */
  get size(): number {
    return this.#filledBytes + this.#used;
  }

  /** True when a whole buffer is ready to be written. */
  get full(): boolean {
    return this.#filled.length > 0;
  }

  /** Starts a row with its first field, written as it is (the timestamp). */
  start(text: string): void {
    this.#text(text);
  }

  /** A text field (a device's name), quoted when it must be. */
  name(value: string): void {
    this.#byte(COMMA);
    this.#text(csvField(value));
  }

  /** A numeric field. */
  number(value: number): void {
    if (this.#used + NUMBER_ROOM > this.#buffer.length) this.#next(NUMBER_ROOM);
    const buffer = this.#buffer;
    let at = this.#used;
    buffer[at++] = COMMA;
    if (value === 0) {
      // A third of the figures (idle devices, errors, drops): 0 and -0 alike, as String writes them.
      buffer[at] = ZERO;
      this.#used = at + 1;
      return;
    }
    // formatNumber's fast path: whole hundredths, as derivation produces them, need integers only; below
    // 2^31 hundredths (21 million), 32-bit integer arithmetic does.
    const hundredths = Math.round(value * 100);
    if (hundredths / 100 !== value || !Number.isSafeInteger(hundredths)) {
      this.#used = at;
      this.#text(String(value));
      return;
    }
    let magnitude = hundredths;
    if (hundredths < 0) {
      buffer[at++] = MINUS;
      magnitude = -hundredths;
    }
    let fraction: number;
    if (magnitude <= INT32_MAX) {
      let whole = (magnitude / 100) | 0;
      fraction = magnitude - whole * 100;
      at +=
        whole < 10_000
          ? whole < 100
            ? whole < 10
              ? 1
              : 2
            : whole < 1000
              ? 3
              : 4
          : whole < 1_000_000
            ? whole < 100_000
              ? 5
              : 6
            : whole < 10_000_000
              ? 7
              : 8;
      let digit = at;
      do {
        const quotient = (whole / 10) | 0;
        buffer[--digit] = ZERO + whole - quotient * 10;
        whole = quotient;
      } while (whole !== 0);
    } else {
      let whole = Math.floor(magnitude / 100);
      fraction = magnitude - whole * 100;
      let digits = 1;
      while (whole >= (POWERS_OF_TEN[digits] as number)) digits += 1;
      at += digits;
      for (let digit = at - 1; digit >= at - digits; digit -= 1) {
        const quotient = Math.floor(whole / 10);
        buffer[digit] = ZERO + whole - quotient * 10;
        whole = quotient;
      }
    }
    if (fraction !== 0) {
      const tenths = (fraction / 10) | 0;
      const hundredth = fraction - tenths * 10;
      buffer[at++] = DOT;
      buffer[at++] = ZERO + tenths;
      if (hundredth !== 0) buffer[at++] = ZERO + hundredth;
    }
    this.#used = at;
  }

  /** A numeric field that may be missing: empty then. */
  optional(value: number | null): void {
    if (value === null) this.#byte(COMMA);
    else this.number(value);
  }

  /** Ends a row. */
  end(): void {
    this.#byte(NEWLINE);
  }

  /** The full buffers, in order, leaving the current one to be filled further. */
  takeFull(): Buffer[] {
    const filled = this.#filled;
    this.#filled = [];
    this.#filledBytes = 0;
    return filled;
  }

  /** Everything written since the last take, in order. */
  take(): Buffer[] {
    if (this.#used > 0) this.#retire(BUFFER_BYTES);
    return this.takeFull();
  }

  /** Copies everything written since the last take into `target` at `offset`, then forgets it. */
  moveTo(target: Uint8Array, offset: number): void {
    let at = offset;
    for (const buffer of this.#filled) {
      target.set(buffer, at);
      at += buffer.length;
    }
    target.set(this.#buffer.subarray(0, this.#used), at);
    this.#filled = [];
    this.#filledBytes = 0;
    this.#used = 0;
  }

  #byte(code: number): void {
    if (this.#used >= this.#buffer.length) this.#next(1);
    this.#buffer[this.#used++] = code;
  }

  /** Text as UTF-8: ASCII a byte at a time, which is faster for short strings than a call to native code. */
  #text(text: string): void {
    const length = text.length;
    if (this.#used + length * MAX_UTF8_BYTES_PER_UNIT > this.#buffer.length) {
      this.#next(length * MAX_UTF8_BYTES_PER_UNIT);
    }
    const buffer = this.#buffer;
    let at = this.#used;
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.#used += buffer.write(text, this.#used, 'utf8');
        return;
      }
      buffer[at++] = code;
    }
    this.#used = at;
  }

  /** Moves on to a new buffer with room for at least `room` bytes. */
  #next(room: number): void {
    this.#retire(Math.max(BUFFER_BYTES, room));
  }

  #retire(nextBytes: number): void {
    if (this.#used > 0) {
      this.#filled.push(this.#buffer.subarray(0, this.#used));
      this.#filledBytes += this.#used;
    }
    this.#buffer = Buffer.allocUnsafe(nextBytes);
    this.#used = 0;
  }
}
