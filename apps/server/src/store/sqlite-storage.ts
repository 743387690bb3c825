import { SqliteCampaignCatalog } from '../campaigns/sqlite-campaign-catalog.js'
import { SqliteFlagStore } from '../campaigns/sqlite-flag-store.js'
import { SqliteVersionStore } from '../campaigns/sqlite-version-store.js'
import { SqliteCatalog } from '../workshops/sqlite-catalog.js'
import { SqliteTemplates } from '../workshops/sqlite-templates.js'
import { openSqlite } from './sqlite-database.js'
import { SqliteRoomStore } from './sqlite-room-store.js'
import type { Storage } from './storage.js'

/** Everything in one SQLite file, `dataDir/atelier.sqlite` (created and migrated if needed). */
export function openSqliteStorage(dataDir: string): Storage {
  const db = openSqlite(dataDir)
  const roomStore = new SqliteRoomStore(db)
  return {
    kind: 'sqlite',
    roomStore,
    catalog: new SqliteCatalog(db),
    campaignCatalog: new SqliteCampaignCatalog(db),
    templates: new SqliteTemplates(db),
    versions: new SqliteVersionStore(db),
    flags: new SqliteFlagStore(db),
    async close() {
      roomStore.close()
      db.close()
    },
  }
}
