import { api } from './client.js';
import type { Page, UploadedFile } from './types.js';

/** The most files one page of the list holds: the dashboard shows a collector's files on one page. */
const FILES_PAGE = 1000;

/** A collector's uploaded files, newest first (the list is paginated: its first page). */
export async function collectorFiles(id: string, signal: AbortSignal): Promise<UploadedFile[]> {
  const page = await api<Page<UploadedFile>>(`/api/v1/collectors/${id}/files/?limit=${FILES_PAGE}`, {
    signal,
  });
  return page.results;
}
