// @atelier/synthesis/campaign-doc: the campaign's working document (Yjs),
// its reader and the organisers' commands. A subpath of its own so that the
// synthesis proper (and its worker) never loads Yjs, and the web page never
// loads the synthesis (docx, zod).

export {
  acceptGroup,
  type GroupRef,
  mergeGroups,
  moveItems,
  newGroupId,
  renameGroup,
  splitItems,
  writeRecommendation,
} from './commands.js'
export { readCampaignState } from './read.js'
export { CAMPAIGN_DOC_LIMITS, CAMPAIGN_GROUPS, GROUP_KEYS, groupMap, groupsOf } from './shape.js'
export { campaignUpdateViolation } from './update-check.js'
