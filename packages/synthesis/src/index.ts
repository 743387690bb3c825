// @atelier/synthesis: many workshop summaries (and regional syntheses) in,
// one campaign synthesis out, with renderers. Nothing here knows Yjs, React
// or the server.

export { buildSynthesis, DEFAULT_MINORITY_SHARE } from './build/build-synthesis.js'
export { createSynthesisCache, type SynthesisCache } from './build/cache.js'
export { DEFAULT_GROUP_THRESHOLD } from './build/similarity.js'
export {
  describeChanges,
  type GroupRef,
  type ItemRef,
  type Standing,
  type SynthesisChanges,
  type WorkshopRef,
} from './changes.js'
export { diffSyntheses, type SynthesisDiff } from './diff.js'
export type {
  CampaignInfo,
  CampaignLevel,
  CampaignSource,
  CampaignState,
  CampaignStateGroup,
  SynthesisOptions,
} from './inputs.js'
export { synthesisJsonSchema } from './json-schema.js'
export { parseSynthesis, SynthesisParseError } from './parse.js'
export { synthesisContent } from './render/canonical.js'
export { renderSynthesisCsv, renderSynthesisWorkshopsCsv } from './render/csv.js'
export { renderSynthesisDocx } from './render/docx.js'
export { renderSynthesisHtml } from './render/html.js'
export { renderSynthesisJson } from './render/json.js'
export { type SynthesisLabels, synthesisLabels } from './render/labels.js'
export { renderSynthesisMarkdown } from './render/markdown.js'
export {
  type Publication,
  type RegionalGroup,
  type Synthesis,
  type SynthesisDimension,
  type SynthesisGroup,
  type SynthesisItem,
  type SynthesisRanking,
  SynthesisSchema,
  type SynthesisTotals,
  type SynthesisWorkshop,
  type Via,
} from './schema.js'
export { type TracedItem, workshopTrace } from './trace.js'
export { SYNTHESIS_VERSION } from './version.js'
