export { type AppOptions, buildApp, type Role } from './app.js';
export { runCli } from './cli/main.js';
export type { ServerContext } from './context.js';
export { importFile } from './import/import-file.js';
