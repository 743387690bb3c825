import { lyonDataset, type WorkshopDataset } from '@atelier/fixtures'
import type { App } from './harness'
import { loadServer, loadWebSocket } from './server'

// Issue 10's Lyon campaign, built through the API as the server tests do
// (apps/server/src/test-support/lyon-campaign.ts): the Lyon workshop split by
// participants into three territories created inside a regional campaign,
// plus the whole workshop run outside it as "Grenoble", whose summary.json
// the organiser imports from the page. Villeurbanne also raised a theme
// nobody else did, strongly voted there: the minority position.

export const TERRITORIES = ['Lyon', 'Villeurbanne', 'Vénissieux']
export const EXPECTED = [...TERRITORIES, 'Grenoble', 'Clermont-Ferrand']
export const MINORITY_TITLE = 'Des potagers sur les toits des coopératives'

export interface OrganiserCampaign {
  id: string
  organiserKey: string
  organiserUrl: string
  /** Lyon and Villeurbanne voted; Vénissieux is still clustering (phones vote in the test). */
  workshops: { id: string; code: string; facilitatorUrl: string; facilitatorKey: string }[]
  /** Grenoble's summary.json, as its facilitator exports it. */
  grenobleSummary: string
}

/** Participant i goes to territory i mod n, with their notes, the clusters they used and their votes. */
function split(dataset: WorkshopDataset, territory: string, part: number): WorkshopDataset {
  const people = new Set(
    dataset.participants.filter((_, i) => i % TERRITORIES.length === part).map((p) => p.id),
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
}

/** Adds a theme only this workshop raised, and moves each participant's first vote onto it. */
function withMinorityTheme(dataset: WorkshopDataset): WorkshopDataset {
  const dimension = dataset.dimensions[0]!.id
  const [a, b] = dataset.participants
  const moved = new Set<string>()
  const votes = dataset.votes.map((vote) => {
    if (moved.has(vote.participant)) return vote
    moved.add(vote.participant)
    return { ...vote, cluster: 'cx' }
  })
  return {
    ...dataset,
    notes: [
      ...dataset.notes,
      {
        id: 'nx1',
        participant: a!.id,
        dimension,
        text: 'Cultiver des potagers sur nos toits',
        cluster: 'cx',
      },
      {
        id: 'nx2',
        participant: b!.id,
        dimension,
        text: 'Un rucher et des tomates en terrasse',
        cluster: 'cx',
      },
    ],
    clusters: [
      ...dataset.clusters,
      {
        id: 'cx',
        dimension,
        title: MINORITY_TITLE,
        recommendation: 'Ouvrir les toits aux potagers.',
      },
    ],
    votes,
  }
}

export async function seedOrganiserCampaign(app: App): Promise<OrganiserCampaign> {
  process.setMaxListeners(100)
  const base = app.server.url
  const response = await fetch(`${base}/api/campaigns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Congrès régional Auvergne-Rhône-Alpes 2021',
      level: 'regional',
      territory: 'Auvergne-Rhône-Alpes',
      expectedTerritories: EXPECTED,
    }),
  })
  if (response.status !== 201) throw new Error(`campaign: ${response.status}`)
  const campaign = (await response.json()) as Omit<
    OrganiserCampaign,
    'workshops' | 'grenobleSummary'
  >
  const { seedWorkshop } = await loadServer()
  const WebSocket = await loadWebSocket()
  const lyon = lyonDataset()
  const keyOf = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('key')!
  const workshops: OrganiserCampaign['workshops'] = []
  for (const [part, territory] of TERRITORIES.entries()) {
    const dataset = split(lyon, territory, part)
    const seeded = await seedWorkshop(base, part === 1 ? withMinorityTheme(dataset) : dataset, {
      WebSocket,
      until: part === 2 ? 'cluster' : 'vote',
      create: { path: `/api/campaigns/${campaign.id}/workshops`, bearer: campaign.organiserKey },
    })
    workshops.push({ ...seeded, facilitatorKey: keyOf(seeded.facilitatorUrl) })
  }
  const grenoble = await seedWorkshop(
    base,
    { ...lyon, workshop: { ...lyon.workshop, title: 'Atelier Grenoble', territory: 'Grenoble' } },
    { WebSocket, until: 'vote' },
  )
  const summary = await fetch(`${base}/api/workshops/${grenoble.id}/summary.json`, {
    headers: { authorization: `Bearer ${keyOf(grenoble.facilitatorUrl)}` },
  })
  if (summary.status !== 200) throw new Error(`summary: ${summary.status}`)
  return { ...campaign, workshops, grenobleSummary: await summary.text() }
}
