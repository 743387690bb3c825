import { parseSummary, type SessionSummary, SummaryParseError } from '@atelier/recommendations'
import { parseSynthesis, type Synthesis, SynthesisParseError } from '@atelier/synthesis'
import { ApiError } from '../http/errors.js'
import type { CampaignRecord } from './catalog.js'

/** A file imported into a campaign, validated: what it is and where it came from. */
export type Contribution =
  | { kind: 'summary'; sourceId: string; body: SessionSummary }
  | { kind: 'synthesis'; sourceId: string; body: Synthesis }

/**
 * Reads an imported file: a session `summary.json` (it has `summaryVersion`)
 * or a campaign `synthesis.json` (`synthesisVersion`). Each passes its own
 * schema and consistency checks (totals, ranks, ids, rankings agree); a
 * national synthesis cannot feed a regional campaign. Refusals are 400 with
 * one issue per problem, so the organiser can tell the sender what to fix.
 */
export function parseContribution(json: unknown, campaign: CampaignRecord): Contribution {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw invalid('invalid-contribution', ['(root): expected a JSON object'])
  if ('summaryVersion' in json) {
    try {
      const summary = parseSummary(json)
      return { kind: 'summary', sourceId: summary.workshop.id, body: summary }
    } catch (error) {
      if (error instanceof SummaryParseError) throw invalid('invalid-summary', error.problems)
      throw error
    }
  }
  if ('synthesisVersion' in json) {
    let synthesis: Synthesis
    try {
      synthesis = parseSynthesis(json)
    } catch (error) {
      if (error instanceof SynthesisParseError) throw invalid('invalid-synthesis', error.problems)
      throw error
    }
    if (synthesis.campaign.level === 'national' && campaign.level === 'regional')
      throw invalid('invalid-synthesis', [
        'campaign.level: a national synthesis cannot be gathered into a regional campaign',
      ])
    return { kind: 'synthesis', sourceId: synthesis.campaign.id, body: synthesis }
  }
  throw invalid('invalid-contribution', [
    '(root): neither a session summary (summaryVersion) nor a campaign synthesis (synthesisVersion)',
  ])
}

function invalid(code: string, issues: readonly string[]): ApiError {
  return new ApiError(
    400,
    code,
    `This file cannot join the campaign:\n${issues.map((issue) => `- ${issue}`).join('\n')}`,
    issues,
  )
}
