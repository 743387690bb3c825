/**
 * The PostgreSQL schema, as named migrations applied once each, in order
 * (`migratePostgres`, under an advisory lock). Each one is the twin of the
 * SQLite migration of the same name (sqlite-database.ts): a store that adds
 * a SQLite migration adds its PostgreSQL twin here, same name, same place.
 *
 * Differences from SQLite, on purpose: times in ms are BIGINT, updates
 * BYTEA, JSON kept as TEXT (read back exactly as written, like SQLite);
 * `workshops.participant_count` is the counter the participant cap is
 * enforced on in SQL (an UPDATE ... WHERE participant_count < cap locks the
 * workshop row, so two joins at once cannot both take the last seat).
 */
export const POSTGRES_MIGRATIONS: { name: string; sql: string }[] = [
  {
    name: 'create-rooms-and-workshops',
    sql: `
      CREATE TABLE room_updates (
        seq BIGSERIAL PRIMARY KEY,
        room TEXT NOT NULL,
        data BYTEA NOT NULL
      );
      CREATE INDEX room_updates_by_room ON room_updates (room, seq);
      CREATE TABLE room_snapshots (
        room TEXT PRIMARY KEY,
        data BYTEA NOT NULL,
        upto_seq BIGINT NOT NULL
      );
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        facilitator_key_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'archived')),
        created_at BIGINT NOT NULL,
        participant_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE participants (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        id TEXT NOT NULL,
        name TEXT,
        created_at BIGINT NOT NULL,
        removed_at BIGINT,
        PRIMARY KEY (workshop_id, id)
      );
    `,
  },
  {
    name: 'create-ballots',
    sql: `
      CREATE TABLE ballots (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        participant_id TEXT NOT NULL,
        votes TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
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
    name: 'add-facilitator-generation',
    sql: `
      ALTER TABLE workshops ADD COLUMN facilitator_generation INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE replaced_facilitator_keys (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        key_hash TEXT NOT NULL,
        replaced_at BIGINT NOT NULL,
        PRIMARY KEY (workshop_id, key_hash)
      );
    `,
  },
  {
    name: 'create-templates',
    sql: `
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        dimensions TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX templates_by_date ON templates (created_at);
    `,
  },
  {
    name: 'add-joining-closed',
    sql: 'ALTER TABLE workshops ADD COLUMN joining_closed BOOLEAN NOT NULL DEFAULT FALSE;',
  },
  {
    name: 'create-room-set-aside',
    sql: `
      CREATE TABLE room_set_aside (
        room TEXT NOT NULL,
        seq BIGINT NOT NULL,
        snapshot BOOLEAN NOT NULL,
        data BYTEA NOT NULL,
        reason TEXT NOT NULL,
        set_at BIGINT NOT NULL
      );
    `,
  },
  {
    // `ord`: SQLite orders links and imports by rowid where times tie; a sequence does it here.
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
        created_at BIGINT NOT NULL
      );
      CREATE TABLE campaign_workshops (
        campaign_id TEXT NOT NULL REFERENCES campaigns (id),
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        joined_how TEXT NOT NULL CHECK (joined_how IN ('created', 'attached')),
        joined_at BIGINT NOT NULL,
        ord BIGSERIAL,
        PRIMARY KEY (campaign_id, workshop_id)
      );
      CREATE TABLE campaign_imports (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES campaigns (id),
        kind TEXT NOT NULL CHECK (kind IN ('summary', 'synthesis')),
        source_id TEXT NOT NULL,
        body TEXT NOT NULL,
        imported_at BIGINT NOT NULL,
        ord BIGSERIAL,
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
        published_at BIGINT NOT NULL,
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
    // Territories' flags on the campaign draft (campaigns/flag-store.ts); at
    // most one open flag per item (a partial unique index).
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
        created_at BIGINT NOT NULL,
        resolved_at BIGINT,
        resolved_by TEXT CHECK (resolved_by IN ('organiser', 'co-organiser')),
        reply TEXT,
        ord BIGSERIAL
      );
      CREATE INDEX campaign_flags_by_workshop ON campaign_flags (campaign_id, workshop_id, created_at);
      CREATE UNIQUE INDEX campaign_flags_one_open_per_item ON campaign_flags (campaign_id, item_id)
        WHERE status = 'open';
    `,
  },
]
