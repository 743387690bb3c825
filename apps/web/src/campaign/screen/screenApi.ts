import { ApiError } from '../../api/client'
import type { ScreenProjection } from './types'

const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`

async function call<T>(path: string, credential: string, method = 'GET'): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      headers: { authorization: `Bearer ${credential}` },
    })
  } catch (error) {
    throw new ApiError(0, 'network', String(error))
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string }
  } | null
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.error?.code ?? `http-${response.status}`,
      body?.error?.message ?? '',
    )
  return body as T
}

/** What the congress screen projects; the screen link's token or an organiser credential. */
export function fetchScreen(campaignId: string, credential: string): Promise<ScreenProjection> {
  return call(`${base(campaignId)}/screen`, credential)
}

/** A new read-only screen link (organiser or co-organiser). */
export function mintScreenLink(
  campaignId: string,
  credential: string,
): Promise<{ token: string; url: string }> {
  return call(`${base(campaignId)}/screen-links`, credential, 'POST')
}
