import { DOCX_MIME } from '@atelier/recommendations'
import {
  renderSynthesisCsv,
  renderSynthesisDocx,
  renderSynthesisHtml,
  renderSynthesisJson,
  renderSynthesisMarkdown,
  renderSynthesisWorkshopsCsv,
  type Synthesis,
} from '@atelier/synthesis'
import type { RenderedSummary } from '../workshops/summary-service.js'

export const SYNTHESIS_FORMATS = ['json', 'md', 'csv', 'workshops.csv', 'docx', 'html'] as const
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
    case 'md':
      return {
        body: renderSynthesisMarkdown(synthesis),
        contentType: 'text/markdown; charset=utf-8',
        filename: `${base}.md`,
      }
    case 'csv':
      return {
        body: renderSynthesisCsv(synthesis),
        contentType: 'text/csv; charset=utf-8',
        filename: `${base}.csv`,
      }
    case 'workshops.csv':
      return {
        body: renderSynthesisWorkshopsCsv(synthesis),
        contentType: 'text/csv; charset=utf-8',
        filename: `${base}-${synthesis.campaign.language === 'fr' ? 'ateliers' : 'workshops'}.csv`,
      }
    case 'docx':
      return {
        body: await renderSynthesisDocx(synthesis),
        contentType: DOCX_MIME,
        filename: `${base}.docx`,
      }
    case 'html':
      return {
        body: renderSynthesisHtml(synthesis),
        contentType: 'text/html; charset=utf-8',
        filename: `${base}.html`,
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
