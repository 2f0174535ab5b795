/**
 * Expressions a test evaluates in the page, the same for Playwright (Chromium) and Puppeteer (Firefox): the
 * browser tests compile without the DOM's types, so they are text.
 */

/** True once `count` charts inside `scope` have drawn their data. */
export const chartsDrawnScript = (scope: string, count: number): string =>
  `document.querySelectorAll(${JSON.stringify(`${scope} .chart-plot[data-drawn="1"]`)}).length >= ${count}`;

/** How many pixels each chart canvas in `scope` has painted: a drawn line paints thousands. */
export const paintedPixelsScript = (scope: string): string =>
  `[...document.querySelectorAll(${JSON.stringify(`${scope} canvas`)})].map((canvas) => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  })`;
