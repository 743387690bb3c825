import WebSocket from 'ws'
import { type SeededWorkshop, seedWorkshop } from '../seed/seed-workshop.js'
import { type CreatedCampaign, createCampaign, splitByParticipants } from './campaign.js'
import { api, type CreatedWorkshop, createWorkshop } from './harness.js'
import { loadLyon } from './lyon.js'

export interface TerritoryItemBody {
  id: string
  title: string
  recommendation: string
  dots: number
  notes: { id: string; text: string; author?: string }[]
  group: {
    id: string
    title: string
    recommendation: string
    otherTerritories: string[]
    otherWorkshops: number
  }
}

export interface TerritoryBody {
  campaign: { id: string; title: string }
  workshop: { id: string; territory: string | null }
  dimensions: { id: string; title: string; items: TerritoryItemBody[] }[]
  flags: FlagBody[]
}

export interface FlagBody {
  id: string
  workshopId: string
  itemId: string
  itemTitle: string
  groupTitle: string
  comment: string
  status: 'open' | 'resolved'
  reply: string | null
  resolvedBy: string | null
}

export interface TerritoryCampaign {
  campaign: CreatedCampaign
  /** Lyon and Villeurbanne: two thirds of the Lyon workshop, run inside the campaign. */
  lyon: SeededWorkshop
  villeurbanne: SeededWorkshop
  /** A workshop outside the campaign whose summary file was imported into it. */
  imported: CreatedWorkshop
}

/** Two live territories of the Lyon workshop in one campaign, and one imported file. */
export async function seedTerritoryCampaign(server: { url: string }): Promise<TerritoryCampaign> {
  const campaign = await createCampaign(server, { expectedTerritories: ['Lyon', 'Villeurbanne'] })
  const [lyonPart, villeurbannePart] = splitByParticipants(loadLyon(), [
    'Lyon',
    'Villeurbanne',
    'Vénissieux',
  ])
  const create = { path: `/api/campaigns/${campaign.id}/workshops`, bearer: campaign.organiserKey }
  const lyon = await seedWorkshop(server.url, lyonPart!, { WebSocket, create })
  const villeurbanne = await seedWorkshop(server.url, villeurbannePart!, { WebSocket, create })
  const imported = await createWorkshop(server, { title: 'Atelier importé', territory: 'Bron' })
  const summary = await api(server, `/api/workshops/${imported.id}/summary.json`, {
    bearer: imported.facilitatorKey,
  })
  const added = await api(server, `/api/campaigns/${campaign.id}/import`, {
    body: summary.body,
    bearer: campaign.organiserKey,
  })
  if (added.status !== 201) throw new Error(`import: ${added.status}`)
  return { campaign, lyon, villeurbanne, imported }
}

/** A territory link's token, minted by `bearer` (the organiser key or a co-organiser token). */
export async function territoryToken(
  server: { url: string },
  campaignId: string,
  workshopId: string,
  bearer: string,
): Promise<string> {
  const { status, body } = await api<{ token: string }>(
    server,
    `/api/campaigns/${campaignId}/territory-links`,
    { body: { workshopId }, bearer },
  )
  if (status !== 201) throw new Error(`territory link: ${status} ${JSON.stringify(body)}`)
  return body.token
}

export const itemsOf = (view: TerritoryBody) => view.dimensions.flatMap((d) => d.items)
