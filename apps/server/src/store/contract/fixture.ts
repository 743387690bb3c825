import { randomBytes } from 'node:crypto'
import { afterAll } from 'vitest'
import type { CampaignRecord } from '../../campaigns/catalog.js'
import type { WorkshopRecord } from '../../workshops/catalog.js'
import type { Storage } from '../storage.js'

/**
 * What a storage implementation gives the contract suites: `open` a storage
 * (empty or not: the suites use fresh random names), and for a durable one
 * `openAgain`: a second, independent storage on the same data, as a
 * restarted process opens it. The first one is NOT closed before: a crash
 * closes nothing, so whatever an append resolved must be readable then.
 */
export interface StorageFixture {
  open(): Promise<Storage>
  openAgain?(): Promise<Storage>
}

/** The storages a suite opened, closed after it (newest first). */
export function opened(fixture: StorageFixture) {
  const all: Storage[] = []
  afterAll(async () => {
    for (const storage of all.reverse()) await storage.close()
  })
  return {
    async open(): Promise<Storage> {
      const storage = await fixture.open()
      all.push(storage)
      return storage
    },
    async openAgain(): Promise<Storage> {
      if (!fixture.openAgain) throw new Error('not a durable storage')
      const storage = await fixture.openAgain()
      all.push(storage)
      return storage
    },
  }
}

export const randomName = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`

/** A workshop record with random id and code; `overrides` on top. */
export function aWorkshop(overrides: Partial<WorkshopRecord> = {}): WorkshopRecord {
  return {
    id: randomName('w'),
    code: randomBytes(4).toString('hex').toUpperCase(),
    title: 'Atelier « Coopérer » — 2026',
    facilitatorKeyHash: randomBytes(16).toString('hex'),
    facilitatorGeneration: 0,
    status: 'open',
    joiningOpen: true,
    createdAt: 1_780_000_000_000,
    ...overrides,
  }
}

export function aCampaign(overrides: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    id: randomName('c'),
    title: 'Congrès 2026 — Auvergne-Rhône-Alpes',
    level: 'regional',
    territory: 'Auvergne-Rhône-Alpes',
    language: 'fr',
    template: 'congress',
    dimensions: [{ id: 'vision', title: 'Vision', prompt: 'Où allons-nous ?' }],
    expectedTerritories: ['Ain', 'Isère', 'Rhône'],
    organiserKeyHash: randomBytes(16).toString('hex'),
    generation: 0,
    createdAt: 1_780_000_000_000,
    ...overrides,
  }
}
