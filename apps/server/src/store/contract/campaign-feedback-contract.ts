import { describe, expect, it } from 'vitest'
import type { TerritoryFlag } from '../../campaigns/flag-store.js'
import type { PublishedVersion } from '../../campaigns/version-store.js'
import { aCampaign, aWorkshop, opened, randomName, type StorageFixture } from './fixture.js'

/**
 * The contracts of the campaign's published versions (`VersionStore`) and
 * of the territories' flags (`FlagStore`), for memory, SQLite and PostgreSQL.
 */
export function describeCampaignFeedbackContract(name: string, fixture: StorageFixture): void {
  const storages = opened(fixture)
  const aCampaignIn = async () => {
    const storage = await storages.open()
    const campaign = aCampaign()
    await storage.campaignCatalog.createCampaign(campaign)
    return { storage, campaign }
  }

  describe(`VersionStore contract: ${name}`, () => {
    it('takes each version number once, lists them in order and gives the frozen text back', async () => {
      const { storage, campaign } = await aCampaignIn()
      const version = (n: number): PublishedVersion => ({
        campaignId: campaign.id,
        version: n,
        contentHash: `hash-${n}`,
        publishedAt: 1_800_000_000_000 + n,
        publishedBy: 'Camille « la secrétaire »',
        role: n === 1 ? 'organiser' : 'co-organiser',
        note: n === 1 ? '' : 'Après Grenoble',
        totals: { workshops: n, participants: 10 * n } as PublishedVersion['totals'],
        json: JSON.stringify({ version: n, texte: 'Partager la valeur créée' }),
      })
      const versions = storage.versions
      expect(await versions.latest(campaign.id)).toBeUndefined()
      expect(await versions.add(version(1))).toBe(true)
      expect(await versions.add(version(2))).toBe(true)
      // A second publish racing for number 2 does not replace the first.
      expect(await versions.add({ ...version(2), json: '{"autre":true}' })).toBe(false)
      expect(await versions.get(campaign.id, 2)).toEqual(version(2))
      expect(await versions.latest(campaign.id)).toEqual(version(2))
      expect(await versions.get(campaign.id, 3)).toBeUndefined()
      const { json: _json, ...summary } = version(1)
      expect((await versions.list(campaign.id))[0]).toEqual(summary)
      expect((await versions.list(campaign.id)).map((v) => v.version)).toEqual([1, 2])
    })
  })

  describe(`FlagStore contract: ${name}`, () => {
    const aFlag = (campaignId: string, workshopId: string, over: Partial<TerritoryFlag> = {}) => ({
      id: randomName('f'),
      campaignId,
      workshopId,
      itemId: `${workshopId}:c1`,
      itemTitle: 'Rendre le modèle visible',
      groupTitle: 'Communication',
      territory: 'Villeurbanne',
      comment: 'Nous ne reconnaissons pas notre contribution.',
      status: 'open' as const,
      createdAt: 1_800_000_000_000,
      resolvedAt: null,
      resolvedBy: null,
      reply: null,
      ...over,
    })

    it('keeps one open flag per item, lists and counts them per workshop', async () => {
      const { storage, campaign } = await aCampaignIn()
      const [w1, w2] = [aWorkshop(), aWorkshop()]
      const flags = storage.flags
      const first = aFlag(campaign.id, w1.id)
      expect(await flags.add(first)).toBe(true)
      // A double tap on "Signaler": the same item, still open.
      expect(await flags.add(aFlag(campaign.id, w1.id, { createdAt: first.createdAt + 1 }))).toBe(
        false,
      )
      const second = aFlag(campaign.id, w1.id, {
        itemId: `${w1.id}:c2`,
        createdAt: first.createdAt + 2,
      })
      const other = aFlag(campaign.id, w2.id)
      expect(await flags.add(second)).toBe(true)
      expect(await flags.add(other)).toBe(true)
      expect(await flags.get(campaign.id, first.id)).toEqual(first)
      expect(await flags.get(randomName('c'), first.id)).toBeUndefined()
      expect((await flags.list(campaign.id, w1.id)).map((f) => f.id)).toEqual([first.id, second.id])
      expect(await flags.list(campaign.id)).toHaveLength(3)
      expect(await flags.count(campaign.id, w1.id)).toBe(2)
    })

    it('resolves an open flag once, withdraws only an open one of its own workshop', async () => {
      const { storage, campaign } = await aCampaignIn()
      const w = aWorkshop()
      const flags = storage.flags
      const flag = aFlag(campaign.id, w.id)
      await flags.add(flag)
      const resolution = {
        at: flag.createdAt + 60_000,
        by: 'co-organiser' as const,
        reply: 'Corrigé.',
      }
      expect(await flags.resolve(campaign.id, flag.id, resolution)).toEqual({
        ...flag,
        status: 'resolved',
        resolvedAt: resolution.at,
        resolvedBy: 'co-organiser',
        reply: 'Corrigé.',
      })
      expect(await flags.resolve(campaign.id, flag.id, resolution)).toBeUndefined()
      expect(await flags.withdraw(campaign.id, w.id, flag.id)).toBe(false)
      // Resolved, the item may be flagged again.
      const again = aFlag(campaign.id, w.id, { createdAt: flag.createdAt + 1 })
      expect(await flags.add(again)).toBe(true)
      expect(await flags.withdraw(campaign.id, randomName('w'), again.id)).toBe(false)
      expect(await flags.withdraw(campaign.id, w.id, again.id)).toBe(true)
      expect(await flags.get(campaign.id, again.id)).toBeUndefined()
    })
  })
}
