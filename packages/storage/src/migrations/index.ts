import { migration as controlBaseline } from './2026-12-06-01-baseline-control.js';
import { migration as tenantBaseline } from './2026-12-06-02-baseline-tenant.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in the order of their dated names (a test holds that order). */
export const MIGRATIONS: readonly Migration[] = [controlBaseline, tenantBaseline];
