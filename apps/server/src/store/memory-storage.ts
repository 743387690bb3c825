import { MemoryCampaignCatalog } from '../campaigns/memory-campaign-catalog.js'
import { MemoryFlagStore } from '../campaigns/memory-flag-store.js'
import { MemoryVersionStore } from '../campaigns/memory-version-store.js'
import { MemoryCatalog } from '../workshops/memory-catalog.js'
import { MemoryTemplates } from '../workshops/memory-templates.js'
import { MemoryRoomStore } from './memory-room-store.js'
import type { Storage } from './storage.js'

/**
 * Everything in memory, for tests (`startServer({ storage: memoryStorage() })`,
 * or `createApp` through `app.request()`). `asynchronous` rooms behave as a
 * networked database's (see `MemoryRoomStore`).
 */
export function memoryStorage(options: { asynchronous?: boolean } = {}): Storage {
  const roomStore = new MemoryRoomStore(options)
  return {
    kind: 'memory',
    roomStore,
    catalog: new MemoryCatalog(),
    campaignCatalog: new MemoryCampaignCatalog(),
    templates: new MemoryTemplates(),
    versions: new MemoryVersionStore(),
    flags: new MemoryFlagStore(),
    close: () => roomStore.close(),
  }
}
