import { describe, expect, it } from 'vitest'
import type { TemplateRecord } from '../../workshops/templates.js'
import { opened, randomName, type StorageFixture } from './fixture.js'

/** The `TemplateStore` contract (memory, SQLite, PostgreSQL). The store is shared: counts are relative. */
export function describeTemplateStoreContract(name: string, fixture: StorageFixture): void {
  const storages = opened(fixture)

  describe(`TemplateStore contract: ${name}`, () => {
    it('gives templates back as saved, newest first, within the limit, and counts them', async () => {
      const templates = (await storages.open()).templates
      const before = await templates.countTemplates()
      // Far in the future, so they are the newest of a shared store.
      const saved: TemplateRecord[] = [1, 3, 2].map((n) => ({
        id: randomName('t'),
        name: `Modèle « ${n} »`,
        language: n === 2 ? 'en' : 'fr',
        dimensions: [{ id: 'vision', title: `Vision ${n}`, prompt: 'Et demain ?' }],
        createdAt: 4_000_000_000_000 + n,
      }))
      for (const t of saved) await templates.saveTemplate(t)
      expect(await templates.getTemplate(saved[0]!.id)).toEqual(saved[0])
      expect(await templates.getTemplate(randomName('none'))).toBeUndefined()
      expect(await templates.countTemplates()).toBe(before + 3)
      expect((await templates.listTemplates(2)).map((t) => t.createdAt)).toEqual([
        4_000_000_000_003, 4_000_000_000_002,
      ])
      await expect(templates.saveTemplate(saved[0]!)).rejects.toThrow()
    })
  })
}
