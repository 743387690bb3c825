import type { CampaignCatalog } from '../campaigns/catalog.js'
import type { FlagStore } from '../campaigns/flag-store.js'
import type { VersionStore } from '../campaigns/version-store.js'
import type { Catalog } from '../workshops/catalog.js'
import type { TemplateStore } from '../workshops/templates.js'
import type { RoomStore } from './types.js'

/**
 * Everything a server process keeps, behind one object: rooms, workshops and
 * participants, campaigns, templates. Built once from the environment
 * (`createStorage`); the server takes it as it is and closes it on close.
 *
 * Three implementations, each checked by the same contract suites
 * (`store/contract/`): SQLite in `DATA_DIR` (the default), PostgreSQL on
 * `DATABASE_URL`, memory (tests). A new store joins by adding its field
 * here, an implementation in each of `sqlite-storage.ts`,
 * `postgres-storage.ts` and `memory-storage.ts`, and a contract suite.
 */
export interface Storage {
  /** Which engine holds the data (printed at startup). */
  readonly kind: 'sqlite' | 'postgres' | 'memory'
  readonly roomStore: RoomStore
  readonly catalog: Catalog
  readonly campaignCatalog: CampaignCatalog
  readonly templates: TemplateStore
  /** Published, frozen versions of campaign syntheses. */
  readonly versions: VersionStore
  /** Territories' flags on campaign drafts. */
  readonly flags: FlagStore
  /** Commits what is pending, then closes the database. */
  close(): Promise<void>
}

/** The part of the environment that picks the storage (see env.ts). */
export interface StorageEnv {
  /** `postgres://…`: PostgreSQL; unset: SQLite in `DATA_DIR`. */
  DATABASE_URL?: string | undefined
  DATA_DIR: string
}

/**
 * The storage the environment asks for: PostgreSQL when `DATABASE_URL` is
 * set (schema migrated once, under an advisory lock), else the SQLite file
 * `DATA_DIR/atelier.sqlite` as `pnpm start` always used.
 *
 * @example
 * const storage = await createStorage({ DATA_DIR: './data' })
 * const server = await startServer({ dataDir: './data', storage })
 */
export async function createStorage(env: StorageEnv): Promise<Storage> {
  if (env.DATABASE_URL) {
    const { openPostgresStorage } = await import('./postgres-storage.js')
    return openPostgresStorage(env.DATABASE_URL)
  }
  const { openSqliteStorage } = await import('./sqlite-storage.js')
  return openSqliteStorage(env.DATA_DIR)
}
