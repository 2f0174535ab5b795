import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePng } from './png-pixels.js';
import { PngRenderer } from './png-renderer.js';
import { ReportError } from './report-error.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#ff0000"/></svg>';

test('the renderer turns SVGs into PNGs in a child process, several at once', async () => {
  const renderer = new PngRenderer();
  try {
    const pngs = await Promise.all([renderer.render(SVG), renderer.render(SVG)]);
    for (const png of pngs) {
      const image = decodePng(png);
      assert.equal(image.width, 40);
      assert.equal(image.height, 30);
    }
  } finally {
    renderer.close();
  }
});

test('a crash of the renderer (as a resvg panic aborts it) fails the PNGs with a message; this process lives on', async () => {
  const renderer = new PngRenderer();
  try {
    await renderer.render(SVG);
    process.kill(renderer.pid as number, 'SIGABRT');
    await assert.rejects(renderer.render(SVG), (error: Error) => {
      assert.ok(error instanceof ReportError);
      assert.match(error.message, /^a chart could not be drawn: the renderer stopped/);
      return true;
    });
    await assert.rejects(renderer.render(SVG), /the renderer stopped \(SIGABRT\)/);
  } finally {
    renderer.close();
  }
});
