import { createHash } from 'node:crypto'
import {
  describeChanges,
  renderSynthesisJson,
  type Synthesis,
  type SynthesisChanges,
  type SynthesisTotals,
  synthesisContent,
} from '@atelier/synthesis'
import type { RenderedSummary } from '../workshops/summary-service.js'
import { renderSynthesis, type SynthesisFormat } from './exports.js'

// Published versions, as the synthesis worker handles them: stamping a
// freshly built synthesis, rendering a frozen one, comparing two. CPU work
// over megabytes of JSON for a large campaign, so it runs in the worker
// (synthesis-worker.ts), never on the event loop.

/** Who publishes, when, under which number: the publication minus its hash. */
export interface PublicationStamp {
  version: number
  /** ISO 8601. */
  publishedAt: string
  publishedBy: string
}

/** A synthesis stamped as a published version, ready to store. */
export interface PublishedBuild {
  /** The frozen synthesis.json, byte for byte as every later request serves it. */
  json: string
  /** SHA-256 (hex) of `synthesisContent`: the JSON with generatedAt and publication cleared. */
  contentHash: string
  totals: SynthesisTotals
}

/** The SHA-256 a published version carries: what the synthesis holds, not when or by whom. */
export function contentHashOf(synthesis: Synthesis): string {
  return createHash('sha256').update(synthesisContent(synthesis)).digest('hex')
}

/**
 * Stamps `synthesis` with its publication. The hash is taken before the
 * stamp (synthesisContent clears it anyway), so anyone can check a file:
 * sha256(synthesisContent(file)) === file.publication.contentHash.
 */
export function publish(synthesis: Synthesis, stamp: PublicationStamp): PublishedBuild {
  const contentHash = contentHashOf(synthesis)
  const json = renderSynthesisJson({
    ...synthesis,
    generatedAt: null,
    publication: { ...stamp, contentHash },
  })
  return { json, contentHash, totals: synthesis.totals }
}

/**
 * A frozen version's export. The stored JSON was written by `publish`
 * (schema-checked then), so it is trusted here; the renderers are pure and
 * their DOCX dates come from the publication, so the bytes never change.
 */
export function renderFrozen(json: string, format: SynthesisFormat): Promise<RenderedSummary> {
  return renderSynthesis(JSON.parse(json) as Synthesis, format)
}

/** The draft against the latest version: what changed, and its hash (equal: nothing to publish). */
export interface DraftChanges {
  changes: SynthesisChanges
  contentHash: string
}

/** What changed from a frozen version (or nothing) to another synthesis. */
export function changesSince(before: string | null, after: Synthesis | string): SynthesisChanges {
  const parsed = (json: string) => JSON.parse(json) as Synthesis
  return describeChanges(
    before === null ? null : parsed(before),
    typeof after === 'string' ? parsed(after) : after,
  )
}
