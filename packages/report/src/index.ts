export * from './findings.js';
export * from './model.js';
export * from './model-from-database.js';
export * from './model-from-file.js';
export * from './pdf.js';
export * from './report-error.js';
export * from './templates.js';
export * from './write-report.js';
