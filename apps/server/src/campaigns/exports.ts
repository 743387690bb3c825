import { renderSynthesisJson, type Synthesis } from '@atelier/synthesis'
import type { RenderedSummary } from '../workshops/summary-service.js'

// md, csv, docx, html follow as @atelier/synthesis gains its renderers.
export const SYNTHESIS_FORMATS = ['json'] as const
export type SynthesisFormat = (typeof SYNTHESIS_FORMATS)[number]

/**
 * A synthesis in one export format, with its content type and file name:
 * `@atelier/synthesis`'s renderers, as the workshop exports use
 * `@atelier/recommendations`'s (same content types, same kind of names).
 */
export async function renderSynthesis(
  synthesis: Synthesis,
  format: SynthesisFormat,
): Promise<RenderedSummary> {
  const base = fileBase(synthesis)
  switch (format) {
    case 'json':
      return {
        body: renderSynthesisJson(synthesis),
        contentType: 'application/json; charset=utf-8',
        filename: `${base}.json`,
      }
  }
}

/**
 * "congres-regional-aura-2021-synthese" (or "-synthesis"), with "-v2" once
 * published: ASCII, safe in every file system and header.
 */
function fileBase(synthesis: Synthesis): string {
  const slug = synthesis.campaign.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  const word = synthesis.campaign.language === 'fr' ? 'synthese' : 'synthesis'
  const version = synthesis.publication ? `-v${synthesis.publication.version}` : ''
  return `${slug || 'campagne'}-${word}${version}`
}
