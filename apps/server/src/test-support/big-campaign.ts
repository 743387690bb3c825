import type { SessionSummary } from '@atelier/recommendations'
import { syntheticSummary } from '@atelier/synthesis/test-support/synthetic'
import { type CreatedCampaign, createCampaign } from './campaign.js'
import { api } from './harness.js'

/** The scale: 60 workshops of 160 notes (seeded, the same every run). */
export function bigCampaignSummaries(workshops = 60, notes = 160): SessionSummary[] {
  return Array.from({ length: workshops }, (_, k) =>
    syntheticSummary(1000 + k, `w${String(k + 1).padStart(2, '0')}`, { notes }),
  )
}

/** A campaign on `server` whose workshops all joined as imported summary files. */
export async function importBigCampaign(
  server: { url: string },
  summaries: SessionSummary[],
): Promise<CreatedCampaign> {
  const campaign = await createCampaign(server, { title: 'Congrès national de charge' })
  for (const summary of summaries) {
    const { status } = await api(server, `/api/campaigns/${campaign.id}/import`, {
      body: summary,
      bearer: campaign.organiserKey,
    })
    if (status !== 201) throw new Error(`import of ${summary.workshop.id}: ${status}`)
  }
  return campaign
}

/**
 * The longest stall of this thread's event loop (ms) while `work` runs: the
 * longest gap between two ticks of a 5 ms timer, the gap still open when the
 * work ends included (a build that blocks the loop from start to end leaves
 * no tick in between and would otherwise read as no stall at all).
 */
export async function longestStall<T>(
  work: () => Promise<T>,
): Promise<{ result: T; stallMs: number }> {
  let last = performance.now()
  let longest = 0
  const probe = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 5)
  try {
    const result = await work()
    return { result, stallMs: Math.max(longest, performance.now() - last) }
  } finally {
    clearInterval(probe)
  }
}
