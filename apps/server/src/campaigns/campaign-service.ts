import { templateDimensions } from '@atelier/board-model'
import type { TokenSigner } from '../auth/tokens.js'
import { ApiError } from '../http/errors.js'
import type { WorkshopRecord } from '../workshops/catalog.js'
import { hashKey, newFacilitatorKey, newId } from '../workshops/ids.js'
import type { NewWorkshop, WorkshopService } from '../workshops/service.js'
import type {
  CampaignCatalog,
  CampaignDimension,
  CampaignLevel,
  CampaignRecord,
} from './catalog.js'
import type { Contribution } from './contributions.js'

export interface NewCampaign {
  title: string
  level?: CampaignLevel | undefined
  territory?: string | undefined
  language?: 'fr' | 'en' | undefined
  template?: 'congress' | 'blank' | undefined
  /** A template saved on this server, resolved by the caller: its id, language and dimensions. */
  saved?: { id: string; language: 'fr' | 'en'; dimensions: CampaignDimension[] } | undefined
  expectedTerritories?: string[] | undefined
}

/** Who a campaign bearer is: the organiser (the key) or a co-organiser (a token from a link). */
export type CampaignRole = 'organiser' | 'co-organiser'

/** Who may read the congress screen: an organiser, or the screen's own read-only link. */
export type ScreenReader = CampaignRole | 'campaign-screen'

export interface AuthorizedCampaign {
  campaign: CampaignRecord
  role: CampaignRole
}

/**
 * Campaign life: creating one (with its organiser key, shown once and stored
 * hashed), co-organiser links, workshops joining it (created inside it,
 * attached by their facilitator, imported from a file). Knows the campaign
 * catalog, the workshop service and the signer, not HTTP.
 *
 * Invariant: campaign credentials never open a workshop (WorkshopService
 * accepts no campaign role), and workshop credentials never open a campaign
 * (only the organiser key's hash or a `co-organiser` token of this campaign's
 * generation pass `authorize`).
 */
export class CampaignService {
  constructor(
    private readonly catalog: CampaignCatalog,
    private readonly workshops: WorkshopService,
    private readonly signer: TokenSigner,
    private readonly now: () => number = Date.now,
    /** Told of each rotation of an organiser key (the server closes the older sockets of the campaign's room). */
    private readonly rotated: (campaignId: string, generation: number) => void = () => {},
  ) {}

  async create(input: NewCampaign): Promise<{ campaign: CampaignRecord; organiserKey: string }> {
    const organiserKey = newFacilitatorKey()
    const language = input.saved?.language ?? input.language ?? 'fr'
    const template = input.template ?? 'congress'
    const campaign: CampaignRecord = {
      id: newId(),
      title: input.title.trim(),
      level: input.level ?? 'regional',
      territory: input.territory?.trim() || null,
      language,
      template: input.saved?.id ?? template,
      dimensions:
        input.saved?.dimensions ??
        templateDimensions(template, language).map(({ id, title, prompt }) => ({
          id,
          title,
          prompt,
        })),
      expectedTerritories: dedupe(input.expectedTerritories ?? []),
      organiserKeyHash: hashKey(organiserKey),
      generation: 0,
      createdAt: this.now(),
    }
    await this.catalog.createCampaign(campaign)
    return { campaign, organiserKey }
  }

  /**
   * The campaign if `bearer` is its organiser key or a co-organiser token of
   * its current generation; else 404 (no campaign), 401 (nothing sent, an
   * expired or revoked token) or 403 (any other credential: a workshop's
   * facilitator key, a phone's token, another campaign's key).
   */
  async authorize(campaignId: string, bearer: string | undefined): Promise<AuthorizedCampaign> {
    const { campaign, role } = await this.check(campaignId, bearer, ['co-organiser'])
    return { campaign, role: role as CampaignRole }
  }

  /**
   * Like `authorize`, for the congress screen's two routes (its projection and
   * the events stream): a `campaign-screen` token of this campaign's
   * generation passes too. That token passes nowhere else.
   */
  async authorizeScreen(
    campaignId: string,
    bearer: string | undefined,
  ): Promise<{ campaign: CampaignRecord; role: ScreenReader }> {
    return this.check(campaignId, bearer, ['co-organiser', 'campaign-screen'])
  }

  private async check(
    campaignId: string,
    bearer: string | undefined,
    tokenRoles: readonly ('co-organiser' | 'campaign-screen')[],
  ): Promise<{ campaign: CampaignRecord; role: ScreenReader }> {
    const campaign = await this.catalog.getCampaign(campaignId)
    if (!campaign) throw new ApiError(404, 'unknown-campaign', 'No such campaign.')
    if (!bearer)
      throw new ApiError(
        401,
        'missing-key',
        'Send the organiser key or a co-organiser link\'s token as "Authorization: Bearer <key>".',
      )
    if (hashKey(bearer) === campaign.organiserKeyHash) return { campaign, role: 'organiser' }
    const check = this.signer.verify(bearer)
    if (check.ok && check.claims.w === campaignId) {
      const role = tokenRoles.find((r) => r === check.claims.r)
      if (role && (check.claims.g ?? 0) < campaign.generation)
        throw new ApiError(
          401,
          'token-revoked',
          'This link was revoked (the organiser key was replaced); ask the organiser for a new one.',
        )
      if (role) return { campaign, role }
    }
    if (!check.ok && check.reason === 'expired')
      throw new ApiError(401, 'token-expired', 'This link has expired; ask for a new one.')
    throw new ApiError(403, 'bad-key', 'This key does not open this campaign.')
  }

  /** Like `authorize`, for what only the organiser key may do (minting links, rotating the key). */
  async authorizeOrganiser(campaignId: string, bearer: string | undefined) {
    const authorized = await this.authorize(campaignId, bearer)
    if (authorized.role !== 'organiser')
      throw new ApiError(
        403,
        'key-required',
        'Only the organiser key can do this, not a co-organiser link.',
      )
    return authorized.campaign
  }

  /** A co-organiser token: reads the campaign and adds workshops; dies with the next key rotation. */
  issueCoOrganiser(campaign: CampaignRecord): string {
    return this.signer.sign({
      workshopId: campaign.id,
      role: 'co-organiser',
      generation: campaign.generation,
    })
  }

  /**
   * A token for the campaign's working document (room `campaign:<id>`): an
   * `organiser` one for the key, a fresh co-organiser one for a co-organiser
   * link; both of the campaign's current generation.
   */
  issueSyncToken(authorized: AuthorizedCampaign): string {
    const { campaign, role } = authorized
    return this.signer.sign({
      workshopId: campaign.id,
      role,
      generation: campaign.generation,
    })
  }

  /** The congress screen's read-only link: the projection and its events, nothing else. */
  issueScreen(campaign: CampaignRecord): string {
    return this.signer.sign({
      workshopId: campaign.id,
      role: 'campaign-screen',
      generation: campaign.generation,
    })
  }

  /** A new organiser key; every co-organiser link and organiser token of an older generation stops at once. */
  async rotateOrganiserKey(campaign: CampaignRecord) {
    const organiserKey = newFacilitatorKey()
    const generation = await this.catalog.rotateOrganiserKey(campaign.id, hashKey(organiserKey))
    this.rotated(campaign.id, generation)
    return { organiserKey, generation }
  }

  /**
   * A workshop created inside the campaign: the body of `POST /api/workshops`,
   * with the campaign's dimensions and language. A different template or
   * language is refused rather than silently replaced.
   */
  async createWorkshop(
    campaign: CampaignRecord,
    input: Omit<NewWorkshop, 'dimensions'> & { templateId?: string | undefined },
  ): Promise<{ workshop: WorkshopRecord; facilitatorKey: string }> {
    const chosen = input.templateId ?? input.template
    if (chosen !== undefined && chosen !== campaign.template)
      throw new ApiError(
        400,
        'invalid-request',
        `A workshop of this campaign uses the campaign's template (${campaign.template}).`,
      )
    if (input.language !== undefined && input.language !== campaign.language)
      throw new ApiError(
        400,
        'invalid-request',
        `A workshop of this campaign is in the campaign's language (${campaign.language}).`,
      )
    const { templateId: _ignored, ...rest } = input
    const created = await this.workshops.create({
      ...rest,
      language: campaign.language,
      dimensions: campaign.dimensions,
    })
    await this.catalog.addWorkshop({
      campaignId: campaign.id,
      workshopId: created.workshop.id,
      joinedHow: 'created',
      joinedAt: this.now(),
    })
    return created
  }

  /** An existing workshop joins, its facilitator having shown its key (or an invitation). */
  async attach(campaign: CampaignRecord, workshopId: string, facilitatorKey: string) {
    const workshop = await this.workshops.authorizeKeyHolder(workshopId, facilitatorKey)
    const imported = await this.catalog.listImports(campaign.id)
    if (imported.some((i) => i.kind === 'summary' && i.sourceId === workshop.id))
      throw duplicate('This workshop is already in the campaign, imported from its summary file.')
    const added = await this.catalog.addWorkshop({
      campaignId: campaign.id,
      workshopId: workshop.id,
      joinedHow: 'attached',
      joinedAt: this.now(),
    })
    if (!added) throw duplicate('This workshop is already in the campaign.')
    return workshop
  }

  /** Stores a validated file; a second copy of the same workshop or campaign is refused (409). */
  async import(campaign: CampaignRecord, contribution: Contribution) {
    const { kind, sourceId } = contribution
    if (kind === 'synthesis' && sourceId === campaign.id)
      throw duplicate('A campaign cannot import its own synthesis.')
    if (kind === 'summary') {
      const links = await this.catalog.listWorkshops(campaign.id)
      if (links.some((link) => link.workshopId === sourceId))
        throw duplicate('This workshop is already in the campaign as a workshop of this server.')
    }
    const id = newId()
    const added = await this.catalog.addImport({
      id,
      campaignId: campaign.id,
      kind,
      sourceId,
      body: contribution.body,
      importedAt: this.now(),
    })
    if (!added) throw duplicate(`This ${kind} file was already imported into the campaign.`)
    return { id, kind, sourceId }
  }
}

function duplicate(message: string): ApiError {
  return new ApiError(409, 'already-in-campaign', message)
}

/** Trimmed, without empties or repeats (first spelling kept). */
function dedupe(territories: string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of territories) {
    const territory = raw.trim()
    const key = territory.toLocaleLowerCase('fr')
    if (!territory || seen.has(key)) continue
    seen.add(key)
    out.push(territory)
  }
  return out
}
