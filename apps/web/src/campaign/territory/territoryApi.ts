import { ApiError } from '../../api/client'
import type { TerritoryFlag, TerritoryView, WorkshopCampaignLink } from './types'

// The routes of "back to the territories" (docs/api.md). The bearer is a
// territory link's token, the organiser key or a co-organiser token, or for
// the facilitator's own links its facilitator token. Errors are ApiError
// with the server's code.

const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`

async function call<T>(path: string, bearer: string, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      cache: 'no-store',
      ...init,
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
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

const post = <T>(path: string, bearer: string, body: unknown = {}) =>
  call<T>(path, bearer, { method: 'POST', body: JSON.stringify(body) })

export function territoryView(campaignId: string, token: string): Promise<TerritoryView> {
  return call(`${base(campaignId)}/territory`, token)
}

export function fileFlag(
  campaignId: string,
  token: string,
  itemId: string,
  comment: string,
): Promise<TerritoryFlag> {
  return post(`${base(campaignId)}/flags`, token, { itemId, comment })
}

export function withdrawFlag(campaignId: string, token: string, flagId: string): Promise<unknown> {
  return post(`${base(campaignId)}/flags/${encodeURIComponent(flagId)}/withdraw`, token)
}

/** Every flag of the campaign (organiser key or co-organiser token). */
export async function campaignFlags(campaignId: string, credential: string) {
  return (await call<{ flags: TerritoryFlag[] }>(`${base(campaignId)}/flags`, credential)).flags
}

export function resolveFlag(
  campaignId: string,
  credential: string,
  flagId: string,
  reply: string,
): Promise<TerritoryFlag> {
  const trimmed = reply.trim()
  return post(
    `${base(campaignId)}/flags/${encodeURIComponent(flagId)}/resolve`,
    credential,
    trimmed ? { reply: trimmed } : {},
  )
}

/** A workshop's feedback link, minted by an organiser. */
export function territoryLink(
  campaignId: string,
  credential: string,
  workshopId: string,
): Promise<{ url: string }> {
  return post(`${base(campaignId)}/territory-links`, credential, { workshopId })
}

/** The campaigns a workshop is in, with its feedback links (its facilitator's token). */
export async function workshopCampaignLinks(
  workshopId: string,
  facilitatorToken: string,
): Promise<WorkshopCampaignLink[]> {
  return (
    await post<{ links: WorkshopCampaignLink[] }>(
      `/api/workshops/${encodeURIComponent(workshopId)}/territory-links`,
      facilitatorToken,
    )
  ).links
}
