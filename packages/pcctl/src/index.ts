export { UsageError } from '@perfanalysis/shared/cli-command';
export { ApiClient, ApiError, normaliseServer, PcctlError } from './api-client.js';
export { configPath, readLogin, type StoredLogin } from './config-store.js';
export { type PcctlIo, processIo, runPcctl, VERSION } from './main.js';
