/**
 * Stacking for area charts: each series becomes the running sum of itself and those below it. A null stays a
 * null (a gap stays a gap); a series that is missing at a point adds nothing where others have values.
 */
export function stackColumns(columns: readonly (readonly (number | null)[])[]): (number | null)[][] {
  const out: (number | null)[][] = [];
  const length = columns[0]?.length ?? 0;
  const running = new Array<number | null>(length).fill(null);
  for (const column of columns) {
    const stacked = new Array<number | null>(length);
    for (let i = 0; i < length; i++) {
      const value = column[i];
      if (value === null || value === undefined) {
        stacked[i] = running[i] ?? null;
        if (running[i] === null) stacked[i] = null;
      } else {
        const sum = (running[i] ?? 0) + value;
        running[i] = sum;
        stacked[i] = sum;
      }
    }
    out.push(stacked);
  }
  return out;
}

/** True when every column is null at every point: nothing to draw. */
export function allNull(columns: readonly (readonly (number | null)[])[]): boolean {
  for (const column of columns)
    for (const value of column) if (value !== null && value !== undefined) return false;
  return true;
}
