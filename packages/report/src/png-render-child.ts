import { svgToPng } from './svg-to-png.js';

/**
 * The child process of PngRenderer: SVG in, PNG out, one message each. resvg is native code that can abort the
 * process on input it cannot handle; here that ends this child only, never the command or the server.
 */
process.on('message', (message: { id: number; svg: string }) => {
  try {
    process.send?.({ id: message.id, png: svgToPng(message.svg) });
  } catch (error) {
    process.send?.({ id: message.id, error: (error as Error).message });
  }
});
process.on('disconnect', () => process.exit(0));
