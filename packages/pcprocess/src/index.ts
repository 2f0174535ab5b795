export { isGzip } from './byte-source.js';
export { type Capture, isCaptureFile, openCapture } from './capture-reader.js';
export { OUTPUT_FILES } from './csv-writers.js';
export { CaptureError, OutputError } from './errors.js';
export { type ProcessOptions, type ProcessResult, processCapture } from './process-capture.js';
