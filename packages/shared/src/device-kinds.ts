/**
 * The kinds of device a sample lists: a Sample's device lists, the storage's device tables and the
 * dashboard's per-device routes and charts all go by these names.
 */
export const DEVICE_KINDS = ['cpus', 'disks', 'nets', 'filesystems', 'temperatures', 'containers'] as const;

export type DeviceKind = (typeof DEVICE_KINDS)[number];
