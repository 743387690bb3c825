import { describeCampaignCatalogContract } from './campaign-catalog-contract.js'
import { describeCampaignFeedbackContract } from './campaign-feedback-contract.js'
import { describeCatalogContract } from './catalog-contract.js'
import type { StorageFixture } from './fixture.js'
import { describeRoomStoreContract } from './room-store-contract.js'
import { describeTemplateStoreContract } from './templates-contract.js'

export type { StorageFixture } from './fixture.js'

/**
 * Every contract suite of `Storage` against one implementation. A new store
 * (published versions, territory flags…) adds its `describe…Contract` here
 * and so runs against memory, SQLite and PostgreSQL at once.
 */
export function describeStorageContract(name: string, fixture: StorageFixture): void {
  describeRoomStoreContract(name, fixture)
  describeCatalogContract(name, fixture)
  describeCampaignCatalogContract(name, fixture)
  describeTemplateStoreContract(name, fixture)
  describeCampaignFeedbackContract(name, fixture)
}
