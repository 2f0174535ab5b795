import { Type } from 'typebox';

const Text = (description: string) => Type.String({ maxLength: 255, description });

/** What pcc says about its machine when it registers (the shared HostInfo). */
export const HostInfoSchema = Type.Object({
  hostname: Type.String({ minLength: 1, maxLength: 255 }),
  os_name: Text('Operating system name'),
  os_version: Text('Operating system version'),
  kernel: Text('Kernel release'),
  arch: Text('CPU architecture'),
  cpu_vendor: Text('CPU vendor'),
  cpu_model: Text('CPU model'),
  cpu_count: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  mem_total_mb: Type.Number({ minimum: 0 }),
  ip_addresses: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 256 }),
  storage_gb: Type.Number({ minimum: 0 }),
});
