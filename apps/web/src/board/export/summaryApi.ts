import { loadFacilitatorKey } from '../../api/storage'
import { filenameFromDisposition } from './contentDisposition'
import type { SummaryFile } from './formats'

/** A file as the server serves it, with the name its Content-Disposition proposes. */
export interface FetchedFile {
  blob: Blob
  filename: string
}

/** `status` 0: the request never reached the server; -1: no facilitator key on this device. */
export class ExportError extends Error {
  constructor(readonly status: number) {
    super(`export failed (${status})`)
    this.name = 'ExportError'
  }
}

/**
 * One summary file, fetched with the facilitator key this browser keeps and
 * `?download`, so the bytes and the file name are exactly what the server
 * serves for a download.
 */
export async function fetchSummaryFile(
  workshopId: string,
  file: SummaryFile,
): Promise<FetchedFile> {
  const key = loadFacilitatorKey(workshopId)
  if (!key) throw new ExportError(-1)
  let response: Response
  try {
    response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/${file}?download`, {
      headers: { authorization: `Bearer ${key}` },
      cache: 'no-store',
    })
  } catch {
    throw new ExportError(0)
  }
  if (!response.ok) throw new ExportError(response.status)
  return {
    blob: await response.blob(),
    filename: filenameFromDisposition(response.headers.get('content-disposition'), file),
  }
}

/**
 * Previews fetched once per opening of the dialog; downloads always fetch
 * again, so a file saved after the room moved on is up to date.
 */
export class ExportSession {
  private cache = new Map<SummaryFile, Promise<FetchedFile>>()

  constructor(readonly workshopId: string) {}

  preview(file: SummaryFile): Promise<FetchedFile> {
    let pending = this.cache.get(file)
    if (!pending) {
      pending = fetchSummaryFile(this.workshopId, file)
      // A failure is not cached: "retry" asks the server again.
      pending.catch(() => this.cache.delete(file))
      this.cache.set(file, pending)
    }
    return pending
  }

  download(file: SummaryFile): Promise<FetchedFile> {
    return fetchSummaryFile(this.workshopId, file)
  }
}
