import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

export type SqliteDatabase = Database.Database

/**
 * Opens (and migrates) the one SQLite file that holds a process's workshops
 * and rooms. WAL with synchronous=NORMAL: a committed transaction survives a
 * `kill -9` of the process (the WAL is in the OS page cache), which is the
 * durability the sync server promises; power loss may drop the last moments.
 */
export function openSqlite(dataDir: string): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, 'atelier.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

const MIGRATIONS: { name: string; sql: string }[] = [
  {
    name: 'create-rooms-and-workshops',
    sql: `
      CREATE TABLE room_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        room TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX room_updates_by_room ON room_updates (room, seq);
      CREATE TABLE room_snapshots (
        room TEXT PRIMARY KEY,
        data BLOB NOT NULL,
        upto_seq INTEGER NOT NULL
      );
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        facilitator_key_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'archived')),
        created_at INTEGER NOT NULL
      );
      CREATE TABLE participants (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        id TEXT NOT NULL,
        name TEXT,
        created_at INTEGER NOT NULL,
        removed_at INTEGER,
        PRIMARY KEY (workshop_id, id)
      );
    `,
  },
  {
    // A participant's votes as they stood when voting closed: a phone that
    // changes its votes afterwards changes nothing (see tally-lifecycle.ts).
    name: 'create-ballots',
    sql: `
      CREATE TABLE ballots (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        participant_id TEXT NOT NULL,
        votes TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, participant_id)
      );
    `,
  },
  {
    name: 'create-imported-summaries',
    sql: `
      CREATE TABLE imported_summaries (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id),
        summary TEXT NOT NULL
      );
    `,
  },
  {
    // Rotating the facilitator key bumps the generation that facilitator and
    // invite tokens carry (older ones are revoked); replaced key hashes are
    // kept so an old link is told "replaced" rather than "wrong key".
    name: 'add-facilitator-generation',
    sql: `
      ALTER TABLE workshops ADD COLUMN facilitator_generation INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE replaced_facilitator_keys (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        key_hash TEXT NOT NULL,
        replaced_at INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, key_hash)
      );
    `,
  },
  {
    // Workshop templates (name, language, dimensions as JSON), see workshops/templates.ts.
    name: 'create-templates',
    sql: `
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        dimensions TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX templates_by_date ON templates (created_at);
    `,
  },
  {
    // The facilitator's "close joining" toggle (catalog.ts, WorkshopRecord.joiningOpen).
    name: 'add-joining-closed',
    sql: 'ALTER TABLE workshops ADD COLUMN joining_closed INTEGER NOT NULL DEFAULT 0;',
  },
  {
    // Stored updates that did not decode or apply when their room loaded,
    // moved out of the log so the room loads without them (see room-log.ts).
    name: 'create-room-set-aside',
    sql: `
      CREATE TABLE room_set_aside (
        room TEXT NOT NULL,
        seq INTEGER NOT NULL,
        snapshot INTEGER NOT NULL,
        data BLOB NOT NULL,
        reason TEXT NOT NULL,
        set_at INTEGER NOT NULL
      );
    `,
  },
  {
    // Campaigns (campaigns/catalog.ts): their workshops and imported files.
    // A workshop may belong to several campaigns; each file is imported once
    // per campaign (source_id: the workshop or campaign the file came from).
    name: 'create-campaigns',
    sql: `
      CREATE TABLE campaigns (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('regional', 'national')),
        territory TEXT,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        template TEXT NOT NULL,
        dimensions TEXT NOT NULL,
        expected_territories TEXT NOT NULL,
        organiser_key_hash TEXT NOT NULL,
        generation INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE campaign_workshops (
        campaign_id TEXT NOT NULL REFERENCES campaigns (id),
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        joined_how TEXT NOT NULL CHECK (joined_how IN ('created', 'attached')),
        joined_at INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, workshop_id)
      );
      CREATE TABLE campaign_imports (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES campaigns (id),
        kind TEXT NOT NULL CHECK (kind IN ('summary', 'synthesis')),
        source_id TEXT NOT NULL,
        body TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        UNIQUE (campaign_id, kind, source_id)
      );
      CREATE INDEX campaign_imports_by_campaign ON campaign_imports (campaign_id, imported_at);
    `,
  },
  {
    // Published versions of a campaign's synthesis (campaigns/version-store.ts):
    // written once, never updated; body is the frozen synthesis.json text.
    name: 'create-campaign-versions',
    sql: `
      CREATE TABLE campaign_versions (
        campaign_id TEXT NOT NULL REFERENCES campaigns (id),
        version INTEGER NOT NULL CHECK (version > 0),
        content_hash TEXT NOT NULL,
        published_at INTEGER NOT NULL,
        published_by TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('organiser', 'co-organiser')),
        note TEXT NOT NULL,
        totals TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (campaign_id, version)
      );
    `,
  },
  {
    // Territories' flags on the campaign draft (campaigns/flag-store.ts). At
    // most one open flag per item: a partial unique index, so a double tap
    // cannot file it twice.
    name: 'create-campaign-flags',
    sql: `
      CREATE TABLE campaign_flags (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES campaigns (id),
        workshop_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        item_title TEXT NOT NULL,
        group_title TEXT NOT NULL,
        territory TEXT,
        comment TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
        created_at INTEGER NOT NULL,
        resolved_at INTEGER,
        resolved_by TEXT CHECK (resolved_by IN ('organiser', 'co-organiser')),
        reply TEXT
      );
      CREATE INDEX campaign_flags_by_workshop ON campaign_flags (campaign_id, workshop_id, created_at);
      CREATE UNIQUE INDEX campaign_flags_one_open_per_item ON campaign_flags (campaign_id, item_id)
        WHERE status = 'open';
    `,
  },
]

function migrate(db: SqliteDatabase): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)',
  )
  const applied = new Set(
    db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[],
  )
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.name)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(
        migration.name,
        Date.now(),
      )
    })()
  }
}
