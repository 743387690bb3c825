import { ApiError } from '../../api/client'
import { filenameFromDisposition } from '../../board/export/contentDisposition'
import type { SynthesisFile } from '../campaignApi'
import type { PublishedVersion, VersionChanges } from './types'

// The publishing routes of docs/api.md, with the organiser key or a
// co-organiser token as bearer. Errors are ApiError with the server's code.

const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`
const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` })

async function call<T>(path: string, credential: string, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      cache: 'no-store',
      ...init,
      headers: { ...bearer(credential), ...init.headers },
    })
  } catch (error) {
    throw new ApiError(0, 'network', String(error))
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error
    throw new ApiError(
      response.status,
      error?.code ?? `http-${response.status}`,
      error?.message ?? '',
    )
  }
  return body as T
}

/** Freezes the draft as the next version; `409 unchanged` when nothing changed since the last. */
export function publishVersion(
  id: string,
  credential: string,
  input: { by: string; note: string },
): Promise<PublishedVersion> {
  return call(`${base(id)}/publish`, credential, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
}

export async function listVersions(id: string, credential: string): Promise<PublishedVersion[]> {
  return (await call<{ versions: PublishedVersion[] }>(`${base(id)}/versions`, credential)).versions
}

/** What version `n` changed since n-1; `null`: what the draft changes since the last version. */
export function fetchChanges(
  id: string,
  credential: string,
  n: number | null,
): Promise<VersionChanges> {
  const path = n === null ? `${base(id)}/changes` : `${base(id)}/versions/${n}/changes`
  return call(path, credential)
}

/** One export of a frozen version, with the file name the server gives it (version, date, hash). */
export async function fetchVersionFile(
  id: string,
  credential: string,
  n: number,
  file: SynthesisFile,
): Promise<{ blob: Blob; filename: string }> {
  let response: Response
  try {
    response = await fetch(`${base(id)}/versions/${n}/${file}?download`, {
      headers: bearer(credential),
      cache: 'no-store',
    })
  } catch (error) {
    throw new ApiError(0, 'network', String(error))
  }
  if (!response.ok) throw new ApiError(response.status, `http-${response.status}`, '')
  return {
    blob: await response.blob(),
    filename: filenameFromDisposition(response.headers.get('content-disposition'), file),
  }
}
