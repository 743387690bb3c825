import {
  renderSynthesisCsv,
  renderSynthesisDocx,
  renderSynthesisHtml,
  renderSynthesisJson,
  renderSynthesisMarkdown,
  renderSynthesisWorkshopsCsv,
  type Synthesis,
} from '@atelier/synthesis'
import { exportFile, fileSlug } from '../util/export-file.js'
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
  const base = synthesisFileBase(synthesis)
  switch (format) {
    case 'json':
      return exportFile(renderSynthesisJson(synthesis), 'json', base)
    case 'md':
      return exportFile(renderSynthesisMarkdown(synthesis), 'md', base)
    case 'csv':
      return exportFile(renderSynthesisCsv(synthesis), 'csv', base)
    case 'workshops.csv': {
      const word = synthesis.campaign.language === 'fr' ? 'ateliers' : 'workshops'
      return exportFile(renderSynthesisWorkshopsCsv(synthesis), 'csv', `${base}-${word}`)
    }
    case 'docx':
      return exportFile(await renderSynthesisDocx(synthesis), 'docx', base)
    case 'html':
      return exportFile(renderSynthesisHtml(synthesis), 'html', base)
  }
}

/**
 * "congres-regional-aura-2021-synthese" (or "-synthesis"); a published
 * version adds its number, date and the start of its hash
 * ("-v2-2021-09-01-3fa2c1d0"), so a file on a disk says which version it is
 * (a CSV has no header to say it in). ASCII, safe in every file system and header.
 */
export function synthesisFileBase(synthesis: Pick<Synthesis, 'campaign' | 'publication'>): string {
  const slug = fileSlug(synthesis.campaign.title, 'campagne')
  const word = synthesis.campaign.language === 'fr' ? 'synthese' : 'synthesis'
  const p = synthesis.publication
  const version = p
    ? `-v${p.version}-${p.publishedAt.slice(0, 10)}-${p.contentHash.slice(0, 8)}`
    : ''
  return `${slug}-${word}${version}`
}
