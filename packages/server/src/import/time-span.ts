/** The earliest and latest of the timestamps (unix ms) it is shown. */
export class TimeSpan {
  #first = Number.POSITIVE_INFINITY;
  #last = Number.NEGATIVE_INFINITY;

  add(timestamp: number): void {
    if (timestamp < this.#first) this.#first = timestamp;
    if (timestamp > this.#last) this.#last = timestamp;
  }

  range(): { firstTs: Date | null; lastTs: Date | null } {
    return Number.isFinite(this.#first)
      ? { firstTs: new Date(this.#first), lastTs: new Date(this.#last) }
      : { firstTs: null, lastTs: null };
  }
}
