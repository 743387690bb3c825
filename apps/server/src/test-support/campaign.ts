import type { Dataset } from '../seed/dataset.js'
import { api } from './harness.js'

export interface CreatedCampaign {
  id: string
  organiserKey: string
  organiserUrl: string
}

export type ErrorBody = { error: { code: string; message: string; issues?: string[] } }

/** `POST /api/campaigns`, failing the test unless it answers 201. */
export async function createCampaign(
  server: { url: string },
  body: Record<string, unknown> = {},
): Promise<CreatedCampaign> {
  const { status, body: created } = await api<CreatedCampaign>(server, '/api/campaigns', {
    body: { title: 'Congrès régional de test', ...body },
  })
  if (status !== 201) throw new Error(`campaign failed: ${status} ${JSON.stringify(created)}`)
  return created
}

/** A co-organiser link's token, minted with the organiser key. */
export async function coOrganiserToken(server: { url: string }, campaign: CreatedCampaign) {
  const { status, body } = await api<{ token: string; url: string }>(
    server,
    `/api/campaigns/${campaign.id}/co-organisers`,
    { method: 'POST', bearer: campaign.organiserKey },
  )
  if (status !== 201) throw new Error(`co-organiser failed: ${status}`)
  return body.token
}

/**
 * One recorded workshop split by participants into `territories.length`
 * workshops (participant i goes to workshop i mod n): each keeps its
 * participants' notes and votes, and the clusters that still hold one of its
 * notes (a facilitator names only clusters of notes they have), so the same
 * cluster appears in every territory that wrote into it.
 */
export function splitByParticipants(dataset: Dataset, territories: string[]): Dataset[] {
  return territories.map((territory, part) => {
    const people = new Set(
      dataset.participants.filter((_, i) => i % territories.length === part).map((p) => p.id),
    )
    const notes = dataset.notes.filter((n) => people.has(n.participant))
    const used = new Set(notes.map((n) => n.cluster))
    return {
      ...dataset,
      workshop: { ...dataset.workshop, title: `Atelier ${territory}`, territory },
      participants: dataset.participants.filter((p) => people.has(p.id)),
      notes,
      clusters: dataset.clusters.filter((c) => used.has(c.id)),
      votes: dataset.votes.filter((v) => people.has(v.participant) && used.has(v.cluster)),
    }
  })
}
