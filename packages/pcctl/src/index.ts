export { ApiClient, ApiError, normaliseServer, PcctlError, UsageError } from './api-client.js';
export { configPath, readLogin, type StoredLogin } from './config-store.js';
export { type PcctlIo, processIo, runPcctl, VERSION } from './main.js';
