export * from './findings.js';
export * from './model.js';
export * from './model-from-database.js';
export * from './model-from-file.js';
export * from './report-error.js';
export * from './templates.js';
