import { ApiError } from '../api/client'

const KNOWN = new Set([
  'invalid-summary',
  'invalid-synthesis',
  'invalid-contribution',
  'invalid-json',
  'already-in-campaign',
  'unknown-workshop',
  'bad-key',
  'key-required',
  'key-replaced',
  'rate-limited',
  'invalid-request',
  'network',
])

/** The message key (campaign.refusal.*) for a refusal of a campaign's write routes. */
export function refusalKey(error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'network'
  return `campaign.refusal.${KNOWN.has(code) ? code : 'other'}`
}
