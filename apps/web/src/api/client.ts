// The server's HTTP API, typed. Errors come back as `{ error: { code, message } }`;
// they are raised as ApiError so pages can translate the code.

import type { RoomPreview } from '../model'
import { bestOffset, type ClockSample } from '../shared/clock'

export interface CreatedWorkshop {
  id: string
  code: string
  facilitatorKey: string
  facilitatorUrl: string
  joinUrl: string
  screenUrl: string
  /** A co-facilitator invitation: opens the board elsewhere, revoked by a key rotation. */
  inviteUrl: string
}

/** What a key rotation gives back: the new key and links, and a token to carry on with. */
export interface RotatedKey {
  facilitatorKey: string
  facilitatorUrl: string
  inviteUrl: string
  token: string
  generation: number
}

export interface JoinResult {
  workshopId: string
  participantId: string
  token: string
  /** The board's meta and themes, for the phone to show before the whole board arrives. */
  room?: RoomPreview
}

export interface CreateWorkshopInput {
  title: string
  territory?: string
  template?: 'congress' | 'blank'
  language?: 'fr' | 'en'
  /** A template saved on this server (its dimensions and language win). */
  templateId?: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** `status` 0 and code `network` when the request never reached the server. */
async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, init)
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

function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

/** `adminKey`: the server's `ATELIER_ADMIN_KEY`, when it asks for one (see `serverInfo`). */
export function createWorkshop(
  input: CreateWorkshopInput,
  adminKey?: string,
): Promise<CreatedWorkshop> {
  return post('/api/workshops', input, adminKey ? { authorization: `Bearer ${adminKey}` } : {})
}

/** What `GET /api/info` says; `lanUrls` is empty unless asked from the server's own computer. */
export interface ServerInfo {
  publicUrl: string | null
  lanUrls: string[]
  adminKeyRequired: boolean
}

export function serverInfo(): Promise<ServerInfo> {
  return request('/api/info', { method: 'GET' })
}

export function joinWorkshop(code: string, name?: string): Promise<JoinResult> {
  return post('/api/join', name ? { code, name } : { code })
}

/** What a phone may see before joining: the title of the workshop a code opens. */
export interface JoinCheck {
  ok: true
  title: string
  status: 'open'
}

/**
 * Asks whether a code opens a workshop, creating nothing: the refusal of
 * `joinWorkshop` (`unknown-code`, `workshop-closed`, `joining-closed`,
 * `workshop-full`, 429 `too-many-attempts` / `join-rate-limited`) comes
 * back as an ApiError before any pseudonym is asked.
 */
export function checkJoinCode(code: string): Promise<JoinCheck> {
  return request(`/api/join/${encodeURIComponent(code)}`, { method: 'GET' })
}

/** A read-only link to the session's results (facilitator token). */
export function resultsLink(workshopId: string, token: string): Promise<{ url: string }> {
  return post(
    `/api/workshops/${encodeURIComponent(workshopId)}/results-link`,
    {},
    { authorization: `Bearer ${token}` },
  )
}

export async function roleToken(
  workshopId: string,
  facilitatorKey: string,
  role: 'facilitator' | 'screen',
): Promise<string> {
  const { token } = await post<{ token: string }>(
    `/api/workshops/${encodeURIComponent(workshopId)}/tokens`,
    { role },
    { authorization: `Bearer ${facilitatorKey}` },
  )
  return token
}

/** What the board and the projector need to show: the join code (facilitator or screen credential). */
export function workshopInfo(
  workshopId: string,
  bearer: string,
): Promise<{
  id: string
  title: string
  code: string
  status: string
  /** False while the facilitator has closed joining to new phones. */
  joiningOpen: boolean
  joinUrl: string
}> {
  return request(`/api/workshops/${encodeURIComponent(workshopId)}`, {
    method: 'GET',
    headers: { authorization: `Bearer ${bearer}` },
  })
}

/**
 * Server clock minus local clock, in ms; 0 when the server cannot tell.
 * Three quick round trips, keeping the fastest (see `bestOffset`).
 */
export async function serverClockOffset(): Promise<number> {
  const samples: ClockSample[] = []
  for (let i = 0; i < 3; i++) {
    try {
      const sentAt = Date.now()
      const { now } = await request<{ now: number }>('/api/time', { method: 'GET' })
      const receivedAt = Date.now()
      if (typeof now === 'number') samples.push({ sentAt, serverNow: now, receivedAt })
    } catch {
      break
    }
  }
  return bestOffset(samples)
}

/**
 * Revokes a participant at once (their phone loses access); facilitator
 * token. With `notes`, the server also deletes their notes from the board
 * (it alone knows every author).
 */
export async function removeParticipantAccess(
  workshopId: string,
  participantId: string,
  token: string,
  options: { notes?: boolean } = {},
): Promise<void> {
  await post(
    `/api/workshops/${encodeURIComponent(workshopId)}/participants/${encodeURIComponent(participantId)}/remove`,
    { notes: options.notes === true },
    { authorization: `Bearer ${token}` },
  )
}

/** Opens or closes joining to new phones (phones already in keep working); facilitator token. */
export async function setJoining(
  workshopId: string,
  open: boolean,
  token: string,
): Promise<boolean> {
  const { joiningOpen } = await post<{ joiningOpen: boolean }>(
    `/api/workshops/${encodeURIComponent(workshopId)}/joining`,
    { open },
    { authorization: `Bearer ${token}` },
  )
  return joiningOpen
}

/**
 * "Log out every other device": a new facilitator key; every older key,
 * invitation and facilitator token stops at once (this browser carries on
 * with the returned token).
 */
export function rotateFacilitatorKey(workshopId: string, bearer: string): Promise<RotatedKey> {
  return post(
    `/api/workshops/${encodeURIComponent(workshopId)}/facilitator-key/rotate`,
    {},
    { authorization: `Bearer ${bearer}` },
  )
}

/** A fresh co-facilitator invitation link. */
export async function createInvite(workshopId: string, bearer: string): Promise<string> {
  const { inviteUrl } = await post<{ inviteUrl: string }>(
    `/api/workshops/${encodeURIComponent(workshopId)}/invites`,
    {},
    { authorization: `Bearer ${bearer}` },
  )
  return inviteUrl
}

/** The server's answer to a key or token that a rotation of the facilitator key replaced. */
export function isReplacedCredential(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 401 &&
    (error.code === 'key-replaced' || error.code === 'token-revoked')
  )
}
