import type { SessionSummary } from '@atelier/recommendations'
import { describe, expect, it } from 'vitest'
import type { Catalog, ParticipantRecord } from '../../workshops/catalog.js'
import { aWorkshop, opened, randomName, type StorageFixture } from './fixture.js'

const participant = (workshopId: string, id: string, createdAt: number): ParticipantRecord => ({
  workshopId,
  id,
  name: id === 'p1' ? 'Amandine' : null,
  createdAt,
  removedAt: null,
})

/**
 * The workshop `Catalog` contract (memory, SQLite, PostgreSQL): records as
 * they went in, the status rules, revocation generations, the participant
 * cap decided by the store even for joins at the same moment.
 */
export function describeCatalogContract(name: string, fixture: StorageFixture): void {
  const storages = opened(fixture)
  const catalog = async (): Promise<Catalog> => (await storages.open()).catalog

  describe(`Catalog contract: ${name}`, () => {
    it('gives back a workshop as created, by id and by code; a taken code is refused', async () => {
      const c = await catalog()
      const w = aWorkshop({ joiningOpen: false, facilitatorGeneration: 2 })
      await c.createWorkshop(w)
      expect(await c.getWorkshop(w.id)).toEqual(w)
      expect(await c.findByCode(w.code)).toEqual(w)
      expect(await c.getWorkshop(randomName('none'))).toBeUndefined()
      expect(await c.findByCode('NOPE0000')).toBeUndefined()
      await expect(c.createWorkshop(aWorkshop({ code: w.code }))).rejects.toThrow()
    })

    it('opens and closes a workshop, never an archived one; joining toggles apart', async () => {
      const c = await catalog()
      const w = aWorkshop()
      const archived = aWorkshop({ status: 'archived' })
      await c.createWorkshop(w)
      await c.createWorkshop(archived)
      await c.setOpen(w.id, false)
      expect((await c.getWorkshop(w.id))?.status).toBe('closed')
      await c.setOpen(w.id, true)
      expect((await c.getWorkshop(w.id))?.status).toBe('open')
      await c.setOpen(archived.id, true)
      expect((await c.getWorkshop(archived.id))?.status).toBe('archived')
      await c.setJoiningOpen(w.id, false)
      expect(await c.getWorkshop(w.id)).toMatchObject({ status: 'open', joiningOpen: false })
      await c.setJoiningOpen(w.id, true)
      expect((await c.getWorkshop(w.id))?.joiningOpen).toBe(true)
    })

    it('bumps the revocation generation on each key rotation and remembers replaced keys', async () => {
      const c = await catalog()
      const w = aWorkshop()
      await c.createWorkshop(w)
      expect(await c.rotateFacilitatorKey(w.id, 'hash-2', 1)).toBe(1)
      expect(await c.rotateFacilitatorKey(w.id, 'hash-3', 2)).toBe(2)
      expect(await c.getWorkshop(w.id)).toMatchObject({
        facilitatorKeyHash: 'hash-3',
        facilitatorGeneration: 2,
      })
      expect(await c.wasFacilitatorKey(w.id, w.facilitatorKeyHash)).toBe(true)
      expect(await c.wasFacilitatorKey(w.id, 'hash-2')).toBe(true)
      expect(await c.wasFacilitatorKey(w.id, 'hash-3')).toBe(false)
      await expect(c.rotateFacilitatorKey(randomName('none'), 'h', 3)).rejects.toThrow()
    })

    it('adds, lists (by arrival) and removes participants once; removed ones still count', async () => {
      const c = await catalog()
      const w = aWorkshop()
      await c.createWorkshop(w)
      expect(await c.addParticipant(participant(w.id, 'p2', 20), 10)).toBe(true)
      expect(await c.addParticipant(participant(w.id, 'p1', 10), 10)).toBe(true)
      expect(await c.addParticipant(participant(w.id, 'p0', 20), 10)).toBe(true)
      expect((await c.listParticipants(w.id)).map((p) => p.id)).toEqual(['p1', 'p0', 'p2'])
      expect(await c.getParticipant(w.id, 'p1')).toEqual(participant(w.id, 'p1', 10))
      await c.removeParticipant(w.id, 'p1', 30)
      await c.removeParticipant(w.id, 'p1', 40)
      expect((await c.getParticipant(w.id, 'p1'))?.removedAt).toBe(30)
      expect(await c.getParticipant(w.id, 'nobody')).toBeUndefined()
      expect(await c.countParticipants(w.id)).toBe(3)
      expect(await c.listParticipants(aWorkshop().id)).toEqual([])
    })

    it('lets exactly `cap` of many simultaneous joins in, and no more afterwards', async () => {
      const c = await catalog()
      const w = aWorkshop()
      await c.createWorkshop(w)
      const joins = await Promise.all(
        Array.from({ length: 12 }, (_, i) => c.addParticipant(participant(w.id, `p${i}`, i), 5)),
      )
      expect(joins.filter(Boolean)).toHaveLength(5)
      expect(await c.countParticipants(w.id)).toBe(5)
      expect((await c.listParticipants(w.id)).length).toBe(5)
      await c.removeParticipant(w.id, (await c.listParticipants(w.id))[0]!.id, 99)
      expect(await c.addParticipant(participant(w.id, 'late', 100), 5)).toBe(false)
    })

    it('keeps the last ballot of each participant', async () => {
      const c = await catalog()
      const w = aWorkshop()
      await c.createWorkshop(w)
      await c.saveBallot(w.id, 'p1', { k1: 2 }, 1)
      await c.saveBallot(w.id, 'p2', { k1: 1, k2: 1 }, 2)
      await c.saveBallot(w.id, 'p1', { k3: 3 }, 3)
      expect(await c.listBallots(w.id)).toEqual(
        new Map([
          ['p1', { k3: 3 }],
          ['p2', { k1: 1, k2: 1 }],
        ]),
      )
    })

    it('gives back an imported summary as it came', async () => {
      const c = await catalog()
      const w = aWorkshop({ status: 'archived' })
      await c.createWorkshop(w)
      const summary = {
        format: 'atelier-summary',
        workshop: { title: 'Lyon « 2026 »', emoji: '🌱' },
      } as unknown as SessionSummary
      await c.saveImportedSummary(w.id, summary)
      expect(await c.getImportedSummary(w.id)).toEqual(summary)
      expect(await c.getImportedSummary(aWorkshop().id)).toBeUndefined()
    })
  })
}
