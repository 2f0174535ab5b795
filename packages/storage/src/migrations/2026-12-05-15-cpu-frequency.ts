import type { Migration } from './migration.js';

/**
 * Each CPU's clock frequency in MHz, as pcc reads it (cpufreq's scaling_cur_freq, else /proc/cpuinfo). NULL for
 * the rows stored before, and for machines that give no frequency (many virtual machines, ARM without cpufreq).
 */
export const migration: Migration = {
  name: '2026-12-05-15-cpu-frequency',
  target: 'tenant',
  sql: `
ALTER TABLE sample_cpus ADD COLUMN mhz double precision;
`,
};
