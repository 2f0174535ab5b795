export * from './complete-resource-monitor.js';
export * from './container-row.js';
export * from './monitor-config.js';
export * from './monitor-loop.js';
export * from './node-row.js';
export * from './ring-schema.js';
export * from './ring-table.js';
export * from './sample-summary.js';
