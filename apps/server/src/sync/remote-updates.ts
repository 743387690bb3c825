import * as Y from 'yjs'
import type { Logger } from '../logging/logger.js'
import type { StoredRow } from '../store/types.js'

/**
 * Transaction origin of updates another process stored (published on the
 * bus, or read back from the store): a room relays them to its peers and
 * never stores or publishes them again.
 */
export const REMOTE = Symbol('remote')

/**
 * Merges stored rows (some perhaps of other processes) into `doc` as one
 * transaction: what the document lacked becomes one update; what it had
 * changes nothing. A row that does not apply is logged and skipped.
 */
export function mergeStoredRows(doc: Y.Doc, rows: StoredRow[], logger: Logger): void {
  doc.transact(() => {
    for (const row of rows) {
      try {
        Y.applyUpdate(doc, row.data, REMOTE)
      } catch (error) {
        logger.warn({ err: error, seq: row.seq }, 'a stored row did not apply while catching up')
      }
    }
  }, REMOTE)
}
