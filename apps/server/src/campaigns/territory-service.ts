import type { TokenSigner } from '../auth/tokens.js'
import { ApiError } from '../http/errors.js'
import { newId } from '../workshops/ids.js'
import type { WorkshopService } from '../workshops/service.js'
import type { CampaignRole } from './campaign-service.js'
import type { CampaignSynthesis } from './campaign-synthesis.js'
import type { CampaignCatalog, CampaignRecord } from './catalog.js'
import type { FlagStore, TerritoryFlag } from './flag-store.js'
import type { TerritoryItem, TerritoryView } from './territory-view.js'

/** What one territory link may file: flags in all (open or resolved) per workshop and campaign. */
export const MAX_FLAGS_PER_WORKSHOP = 200

/** A territory link that passed: its campaign and the workshop it speaks for. */
export interface AuthorizedTerritory {
  campaign: CampaignRecord
  workshopId: string
}

/**
 * "Back to the territories": feedback links (`territory` tokens) for the
 * workshops of this server that contribute to a campaign, what such a link
 * shows (`TerritoryView`), and the flags it files.
 *
 * Invariants: a territory link reads one workshop's trace and files flags on
 * that workshop's items only; it opens no room, no workshop route and no
 * organiser route (`CampaignService.authorize` accepts no `territory` token,
 * `accessFor` and `WorkshopService.authorize` neither). Only workshops that
 * joined as workshops of this server (created inside or attached) get a
 * link: an imported file has no facilitator here. A link carries the
 * campaign's generation: rotating the organiser key stops every link minted
 * before (the organiser page and the facilitator's board mint fresh ones).
 */
export class TerritoryService {
  constructor(
    private readonly campaigns: CampaignCatalog,
    private readonly flags: FlagStore,
    private readonly synthesis: CampaignSynthesis,
    private readonly workshops: WorkshopService,
    private readonly signer: TokenSigner,
    private readonly now: () => number = Date.now,
  ) {}

  /** A feedback link's token for one contributing workshop (the organiser asked). */
  async issue(campaign: CampaignRecord, workshopId: string): Promise<string> {
    if (!(await this.contributes(campaign.id, workshopId))) {
      const imported = await this.campaigns.listImports(campaign.id)
      if (imported.some((i) => i.kind === 'summary' && i.sourceId === workshopId))
        throw new ApiError(
          409,
          'imported-workshop',
          'This workshop was imported from its summary file: it has no facilitator on this server, so no feedback link.',
        )
      throw new ApiError(
        404,
        'unknown-workshop',
        'This workshop does not contribute to the campaign.',
      )
    }
    return this.sign(campaign, workshopId)
  }

  /**
   * The campaigns a workshop is in, each with a feedback link, for its
   * facilitator (the key, an invitation or a facilitator token of it).
   */
  async linksOf(workshopId: string, bearer: string | undefined) {
    const workshop = await this.workshops.authorizeFacilitator(workshopId, bearer)
    const links: { campaign: CampaignRecord; token: string }[] = []
    for (const campaignId of await this.campaigns.campaignsOfWorkshop(workshop.id)) {
      const campaign = await this.campaigns.getCampaign(campaignId)
      if (campaign) links.push({ campaign, token: this.sign(campaign, workshop.id) })
    }
    return links
  }

  /**
   * The campaign and workshop of a territory link; 404 (no campaign), 401
   * (nothing sent, expired, revoked by a rotation of the organiser key) or
   * 403 (any other credential, another campaign's link).
   */
  async authorize(campaignId: string, bearer: string | undefined): Promise<AuthorizedTerritory> {
    const campaign = await this.campaigns.getCampaign(campaignId)
    if (!campaign) throw new ApiError(404, 'unknown-campaign', 'No such campaign.')
    if (!bearer)
      throw new ApiError(
        401,
        'missing-key',
        'Send the feedback link\'s token as "Authorization: Bearer <token>".',
      )
    const check = this.signer.verify(bearer)
    if (!check.ok && check.reason === 'expired')
      throw new ApiError(
        401,
        'token-expired',
        'This link has expired; ask the organisers for a new one.',
      )
    if (!check.ok || check.claims.r !== 'territory' || check.claims.w !== campaignId)
      throw new ApiError(403, 'bad-key', 'This link does not open this campaign’s feedback.')
    if ((check.claims.g ?? 0) < campaign.generation)
      throw new ApiError(
        401,
        'token-revoked',
        'This feedback link was replaced; ask the organisers (or open it again from your board).',
      )
    const workshopId = check.claims.t ?? ''
    if (!(await this.contributes(campaign.id, workshopId)))
      throw new ApiError(403, 'bad-key', 'This workshop no longer contributes to the campaign.')
    return { campaign, workshopId }
  }

  /**
   * True when `bearer` is a valid territory token (of any campaign): a route
   * open to both kinds (`GET …/flags`) picks by it. An expired one is refused
   * the same way by either path (`401 token-expired`).
   */
  isTerritoryToken(bearer: string | undefined): boolean {
    const check = this.signer.verify(bearer)
    return check.ok && check.claims.r === 'territory'
  }

  /** Where the workshop's recommendations went in the draft as it is now. */
  async view(campaign: CampaignRecord, workshopId: string): Promise<TerritoryView> {
    const view = await this.synthesis.territory(campaign, workshopId)
    if (!view)
      throw new ApiError(
        404,
        'not-in-synthesis',
        'This workshop is not in the synthesis right now; try again in a moment.',
      )
    return view
  }

  /** Files a flag on one of the workshop's items, as it stands in the draft. */
  async flag(
    territory: AuthorizedTerritory,
    input: { itemId: string; comment: string },
  ): Promise<TerritoryFlag> {
    const { campaign, workshopId } = territory
    const view = await this.view(campaign, workshopId)
    const item = findItem(view, input.itemId)
    if (!item)
      throw new ApiError(
        404,
        'unknown-item',
        'This is not one of your workshop’s recommendations in the draft.',
      )
    if ((await this.flags.count(campaign.id, workshopId)) >= MAX_FLAGS_PER_WORKSHOP)
      throw new ApiError(
        409,
        'too-many-flags',
        `A workshop files at most ${MAX_FLAGS_PER_WORKSHOP} flags in a campaign.`,
      )
    const flag: TerritoryFlag = {
      id: newId(),
      campaignId: campaign.id,
      workshopId,
      itemId: item.id,
      itemTitle: item.title,
      groupTitle: item.group.title,
      territory: view.workshop.territory,
      comment: input.comment,
      status: 'open',
      createdAt: this.now(),
      resolvedAt: null,
      resolvedBy: null,
      reply: null,
    }
    if (!(await this.flags.add(flag)))
      throw new ApiError(
        409,
        'already-flagged',
        'This recommendation is already flagged; withdraw that flag to write another.',
      )
    return flag
  }

  listFlags(campaignId: string, workshopId?: string): Promise<TerritoryFlag[]> {
    return this.flags.list(campaignId, workshopId)
  }

  /** The territory takes back one of its open flags. */
  async withdraw(territory: AuthorizedTerritory, flagId: string): Promise<void> {
    const { campaign, workshopId } = territory
    if (await this.flags.withdraw(campaign.id, workshopId, flagId)) return
    const flag = await this.flags.get(campaign.id, flagId)
    if (flag && flag.workshopId === workshopId && flag.status === 'resolved')
      throw new ApiError(409, 'already-resolved', 'The organisers already resolved this flag.')
    throw new ApiError(404, 'unknown-flag', 'No such flag of your workshop.')
  }

  /** An organiser resolves an open flag, with an optional reply the territory will read. */
  async resolve(
    campaign: CampaignRecord,
    role: CampaignRole,
    flagId: string,
    reply: string | null,
  ): Promise<TerritoryFlag> {
    const resolved = await this.flags.resolve(campaign.id, flagId, {
      at: this.now(),
      by: role,
      reply,
    })
    if (resolved) return resolved
    if (await this.flags.get(campaign.id, flagId))
      throw new ApiError(409, 'already-resolved', 'This flag is already resolved.')
    throw new ApiError(404, 'unknown-flag', 'No such flag in this campaign.')
  }

  private sign(campaign: CampaignRecord, workshopId: string): string {
    return this.signer.sign({
      workshopId: campaign.id,
      role: 'territory',
      territoryWorkshopId: workshopId,
      generation: campaign.generation,
    })
  }

  private async contributes(campaignId: string, workshopId: string): Promise<boolean> {
    const links = await this.campaigns.listWorkshops(campaignId)
    return links.some((link) => link.workshopId === workshopId)
  }
}

function findItem(view: TerritoryView, itemId: string): TerritoryItem | undefined {
  for (const d of view.dimensions) for (const item of d.items) if (item.id === itemId) return item
  return undefined
}
