import { describeRoomStoreContract } from './contract/room-store-contract.js'
import { describeStorageContract } from './contract/storage-contract.js'
import { memoryStorage } from './memory-storage.js'

// The in-memory storage that tests use passes the same contract as SQLite
// and PostgreSQL (nothing durable: no reopening), and its asynchronous
// flavour (appends commit on a later turn, as a networked database's) too.
describeStorageContract('memory', { open: async () => memoryStorage() })
describeRoomStoreContract('memory, asynchronous', {
  open: async () => memoryStorage({ asynchronous: true }),
})
