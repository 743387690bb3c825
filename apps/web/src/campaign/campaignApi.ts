import { ApiError, type CreatedWorkshop, type CreateWorkshopInput } from '../api/client'
import { filenameFromDisposition } from '../board/export/contentDisposition'
import type { CampaignOverview, Synthesis } from './types'

// The campaign routes of docs/api.md, with the organiser key or a
// co-organiser token as bearer. Errors are ApiError with the server's code.

export interface CreatedCampaign {
  id: string
  organiserKey: string
  organiserUrl: string
}

export interface CreateCampaignInput {
  title: string
  level: 'regional' | 'national'
  territory?: string
  language?: 'fr' | 'en'
  expectedTerritories?: string[]
}

/** The files of `GET /api/campaigns/:id/synthesis.<format>`. */
export const SYNTHESIS_FILES = [
  'synthesis.json',
  'synthesis.md',
  'synthesis.csv',
  'synthesis.workshops.csv',
  'synthesis.docx',
  'synthesis.html',
] as const
export type SynthesisFile = (typeof SYNTHESIS_FILES)[number]

/** Server refusal with the list of reasons (`issues`) an import returns. */
export class ImportRefused extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly issues: string[],
  ) {
    super(status, code, message)
  }
}

const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`
const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` })

async function call<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { cache: 'no-store', ...init })
  } catch (error) {
    throw new ApiError(0, 'network', String(error))
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; issues?: unknown } } | null)
      ?.error
    const issues = Array.isArray(error?.issues) ? error.issues.map(String) : []
    throw new ImportRefused(
      response.status,
      error?.code ?? `http-${response.status}`,
      error?.message ?? '',
      issues,
    )
  }
  return body as T
}

const postJson = <T>(path: string, body: unknown, headers: Record<string, string>) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

/** `adminKey`: the server's admin key when it asks for one. */
export function createCampaign(
  input: CreateCampaignInput,
  adminKey?: string,
): Promise<CreatedCampaign> {
  return postJson('/api/campaigns', input, adminKey ? bearer(adminKey) : {})
}

export function campaignOverview(id: string, credential: string): Promise<CampaignOverview> {
  return call(base(id), { headers: bearer(credential) })
}

export function campaignSynthesis(id: string, credential: string): Promise<Synthesis> {
  return call(`${base(id)}/synthesis.json`, { headers: bearer(credential) })
}

export function addCampaignWorkshop(
  id: string,
  credential: string,
  input: Omit<CreateWorkshopInput, 'template' | 'templateId' | 'language'>,
): Promise<CreatedWorkshop & { code: string }> {
  return postJson(`${base(id)}/workshops`, input, bearer(credential))
}

export function attachWorkshop(
  id: string,
  credential: string,
  workshopId: string,
  facilitatorKey: string,
): Promise<{ workshopId: string }> {
  return postJson(`${base(id)}/attach`, { workshopId, facilitatorKey }, bearer(credential))
}

/** `text`: the file as read from disk, sent as is (the server parses and checks it). */
export function importContribution(
  id: string,
  credential: string,
  text: string,
): Promise<{ id: string; kind: 'summary' | 'synthesis'; sourceId: string }> {
  return postJson(`${base(id)}/import`, text, bearer(credential))
}

/** One export, with `?download` so the bytes and file name are those of a download. */
export async function fetchSynthesisFile(
  id: string,
  credential: string,
  file: SynthesisFile,
): Promise<{ blob: Blob; filename: string }> {
  let response: Response
  try {
    response = await fetch(`${base(id)}/${file}?download`, {
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
