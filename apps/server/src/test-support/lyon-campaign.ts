import { parseSummary, type SessionSummary } from '@atelier/recommendations'
import WebSocket from 'ws'
import { type SeededWorkshop, seedWorkshop } from '../seed/seed-workshop.js'
import { type CreatedCampaign, createCampaign, splitByParticipants } from './campaign.js'
import { api } from './harness.js'
import { loadLyon } from './lyon.js'

export const LYON_TERRITORIES = ['Lyon', 'Villeurbanne', 'Vénissieux']
export const EXPECTED_TERRITORIES = [...LYON_TERRITORIES, 'Grenoble', 'Clermont-Ferrand']

export interface LyonCampaign {
  campaign: CreatedCampaign
  /** The three workshops created inside the campaign, in LYON_TERRITORIES order. */
  seeded: SeededWorkshop[]
  /** The fourth, run outside the campaign; only its summary file joined it. */
  grenoble: SeededWorkshop
  /** The four summaries as their facilitators export them (three live, then Grenoble's). */
  summaries: SessionSummary[]
}

/**
 * Issue 10's campaign: the Lyon workshop split by participants into three
 * territories, each created inside a regional campaign and run through the
 * real protocol (phones join by code, write, vote), plus the whole Lyon
 * workshop run as "Grenoble" outside the campaign and imported from its
 * summary.json. Clermont-Ferrand is expected and never contributes.
 */
export async function seedLyonCampaign(server: { url: string }): Promise<LyonCampaign> {
  const lyon = loadLyon()
  const campaign = await createCampaign(server, {
    title: 'Congrès régional Auvergne-Rhône-Alpes 2021',
    level: 'regional',
    territory: 'Auvergne-Rhône-Alpes',
    expectedTerritories: EXPECTED_TERRITORIES,
  })
  const seeded: SeededWorkshop[] = []
  for (const part of splitByParticipants(lyon, LYON_TERRITORIES)) {
    seeded.push(
      await seedWorkshop(server.url, part, {
        WebSocket,
        create: { path: `/api/campaigns/${campaign.id}/workshops`, bearer: campaign.organiserKey },
      }),
    )
  }
  const grenoble = await seedWorkshop(
    server.url,
    { ...lyon, workshop: { ...lyon.workshop, title: 'Atelier Grenoble', territory: 'Grenoble' } },
    { WebSocket },
  )
  const summaries: SessionSummary[] = []
  for (const workshop of [...seeded, grenoble]) {
    const { status, body } = await api(server, `/api/workshops/${workshop.id}/summary.json`, {
      bearer: workshop.facilitatorKey,
    })
    if (status !== 200) throw new Error(`summary of ${workshop.id}: ${status}`)
    summaries.push(parseSummary(body))
  }
  const imported = await api(server, `/api/campaigns/${campaign.id}/import`, {
    body: summaries[3],
    bearer: campaign.organiserKey,
  })
  if (imported.status !== 201) throw new Error(`import: ${imported.status}`)
  return { campaign, seeded, grenoble, summaries }
}
