import { deleteSamples, type TenantHandle, type Upload } from '@perfanalysis/storage';

/**
 * Removes the samples an upload brought: its collector's samples within the upload's time range. (Samples
 * that other sources stored at the same instants go too: a collection has one sample per instant.)
 */
export async function deleteUploadSamples(tenant: TenantHandle, upload: Upload): Promise<void> {
  if (upload.firstTs === null || upload.lastTs === null) return;
  await deleteSamples(tenant, upload.collectorId, {
    from: upload.firstTs,
    to: new Date(upload.lastTs.getTime() + 1),
  });
}
