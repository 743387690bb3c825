import { describe, expect, it } from 'vitest'
import type { CampaignCatalog, ImportedContribution } from '../../campaigns/catalog.js'
import type { Storage } from '../storage.js'
import { aCampaign, aWorkshop, opened, randomName, type StorageFixture } from './fixture.js'

/** The `CampaignCatalog` contract (memory, SQLite, PostgreSQL). */
export function describeCampaignCatalogContract(name: string, fixture: StorageFixture): void {
  const storages = opened(fixture)
  const open = async (): Promise<{ storage: Storage; campaigns: CampaignCatalog }> => {
    const storage = await storages.open()
    return { storage, campaigns: storage.campaignCatalog }
  }

  describe(`CampaignCatalog contract: ${name}`, () => {
    it('gives back a campaign as created and bumps its generation on rotation', async () => {
      const { campaigns } = await open()
      const c = aCampaign({ territory: null, level: 'national' })
      await campaigns.createCampaign(c)
      expect(await campaigns.getCampaign(c.id)).toEqual(c)
      expect(await campaigns.getCampaign(randomName('none'))).toBeUndefined()
      expect(await campaigns.rotateOrganiserKey(c.id, 'new-hash')).toBe(1)
      expect(await campaigns.getCampaign(c.id)).toMatchObject({
        organiserKeyHash: 'new-hash',
        generation: 1,
      })
      await expect(campaigns.rotateOrganiserKey(randomName('none'), 'h')).rejects.toThrow()
    })

    it('adds each workshop once and lists them in the order they joined', async () => {
      const { storage, campaigns } = await open()
      const c = aCampaign()
      await campaigns.createCampaign(c)
      const [w1, w2, w3] = [aWorkshop(), aWorkshop(), aWorkshop()]
      for (const w of [w1, w2, w3]) await storage.catalog.createWorkshop(w)
      const link = (workshopId: string, joinedAt: number, joinedHow: 'created' | 'attached') => ({
        campaignId: c.id,
        workshopId,
        joinedHow,
        joinedAt,
      })
      expect(await campaigns.addWorkshop(link(w2!.id, 5, 'created'))).toBe(true)
      expect(await campaigns.addWorkshop(link(w1!.id, 5, 'attached'))).toBe(true)
      expect(await campaigns.addWorkshop(link(w3!.id, 1, 'created'))).toBe(true)
      expect(await campaigns.addWorkshop(link(w2!.id, 9, 'attached'))).toBe(false)
      expect(await campaigns.listWorkshops(c.id)).toEqual([
        link(w3!.id, 1, 'created'),
        link(w2!.id, 5, 'created'),
        link(w1!.id, 5, 'attached'),
      ])
      expect(await campaigns.campaignsOfWorkshop(w2!.id)).toEqual([c.id])
      expect(await campaigns.campaignsOfWorkshop(randomName('w'))).toEqual([])
    })

    it('imports each source once and gives files back parsed or as stored', async () => {
      const { campaigns } = await open()
      const c = aCampaign()
      await campaigns.createCampaign(c)
      const file = (sourceId: string, importedAt: number, kind: ImportedContribution['kind']) => ({
        id: randomName('i'),
        campaignId: c.id,
        kind,
        sourceId,
        body: { source: sourceId, notes: ['« une »', 'deux 🌱'] },
        importedAt,
      })
      const first = file('w-lyon', 10, 'summary')
      const second = file('c-ara', 10, 'synthesis')
      expect(await campaigns.addImport(first)).toBe(true)
      expect(await campaigns.addImport(second)).toBe(true)
      expect(await campaigns.addImport(file('w-lyon', 20, 'summary'))).toBe(false)
      // The same source as another kind is another file.
      expect(await campaigns.addImport(file('w-lyon', 5, 'synthesis'))).toBe(true)
      const listed = await campaigns.listImports(c.id)
      expect(listed.map((i) => [i.sourceId, i.kind])).toEqual([
        ['w-lyon', 'synthesis'],
        ['w-lyon', 'summary'],
        ['c-ara', 'synthesis'],
      ])
      expect(listed[1]).toEqual(first)
      const files = await campaigns.listImportedFiles(c.id)
      expect(JSON.parse(files[1]!.json)).toEqual(first.body)
      expect(await campaigns.listImports(aCampaign().id)).toEqual([])
    })
  })
}
