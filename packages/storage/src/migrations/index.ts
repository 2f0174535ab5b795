import { migration as control01 } from './2026-11-23-01-control.js';
import { migration as tenant02 } from './2026-11-23-02-tenant.js';
import { migration as tenant03 } from './2026-11-23-03-containers.js';
import { migration as tenant04 } from './2026-11-23-04-rollups.js';
import { migration as tenant05 } from './2026-11-23-05-portal.js';
import { migration as tenant06 } from './2026-11-23-06-rollup-take.js';
import { migration as tenant07 } from './2026-11-23-07-rollups-add.js';
import { migration as tenant08 } from './2026-11-23-08-rollups-add-lateral.js';
import { migration as tenant09 } from './2026-12-04-09-samples-version.js';
import { migration as tenant10 } from './2026-12-04-10-collector-list-version.js';
import { migration as tenant11 } from './2026-12-05-11-upload-provenance.js';
import { migration as tenant12 } from './2026-12-05-12-sessions-and-login-attempts.js';
import { migration as tenant13 } from './2026-12-05-13-usernames-case-insensitive.js';
import { migration as tenant15 } from './2026-12-05-15-cpu-frequency.js';
import { migration as tenant25 } from './2026-12-06-25-upload-host-info.js';
import { migration as tenant26 } from './2026-12-06-26-runs.js';
import { migration as tenant30 } from './2026-12-06-30-loadtest-runs.js';
import { migration as tenant35 } from './2026-12-06-35-rollups-add-many.js';
import { migration as tenant40 } from './2026-12-06-40-devices-in-samples.js';
import { migration as tenant45 } from './2026-12-06-45-collector-key-version.js';
import { migration as tenant46 } from './2026-12-06-46-rollups-add-set.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in the order of their dated names (a test holds that order). */
export const MIGRATIONS: readonly Migration[] = [
  control01,
  tenant02,
  tenant03,
  tenant04,
  tenant05,
  tenant06,
  tenant07,
  tenant08,
  tenant09,
  tenant10,
  tenant11,
  tenant12,
  tenant13,
  tenant15,
  tenant25,
  tenant26,
  tenant30,
  tenant35,
  tenant40,
  tenant45,
  tenant46,
];
