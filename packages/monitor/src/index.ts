export * from './node-row.js';
export * from './ring-schema.js';
export * from './ring-table.js';
