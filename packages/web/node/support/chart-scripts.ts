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

/** True once every chart inside `scope` shows the window from–to (unix seconds, to a bucket's width). */
export const chartsShowScript = (scope: string, from: number, to: number, slack = 5): string =>
  `(() => {
    const plots = [...document.querySelectorAll(${JSON.stringify(`${scope} .chart-plot[data-window]`)})];
    return plots.length > 0 && plots.every((p) => {
      const [min, max] = p.dataset.window.split('-').map(Number);
      return Math.abs(min - ${from}) <= ${slack} && Math.abs(max - ${to}) <= ${slack};
    });
  })()`;
