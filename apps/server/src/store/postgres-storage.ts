import { PostgresCampaignCatalog } from '../campaigns/postgres-campaign-catalog.js'
import { PostgresFlagStore } from '../campaigns/postgres-flag-store.js'
import { PostgresVersionStore } from '../campaigns/postgres-version-store.js'
import { PostgresCatalog } from '../workshops/postgres-catalog.js'
import { PostgresTemplates } from '../workshops/postgres-templates.js'
import { openPostgres } from './postgres-database.js'
import { PostgresRoomStore } from './postgres-room-store.js'
import type { Storage } from './storage.js'

/** Everything in the PostgreSQL database at `url` (schema migrated once, under an advisory lock). */
export async function openPostgresStorage(url: string): Promise<Storage> {
  const pool = await openPostgres(url)
  const roomStore = new PostgresRoomStore(pool)
  return {
    kind: 'postgres',
    roomStore,
    catalog: new PostgresCatalog(pool),
    campaignCatalog: new PostgresCampaignCatalog(pool),
    templates: new PostgresTemplates(pool),
    versions: new PostgresVersionStore(pool),
    flags: new PostgresFlagStore(pool),
    async close() {
      await roomStore.close()
      await pool.end()
    },
  }
}
