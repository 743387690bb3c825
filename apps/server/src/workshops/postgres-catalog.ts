import type { SessionSummary } from '@atelier/recommendations'
import { inTransaction, type PostgresPool } from '../store/postgres-database.js'
import type {
  Ballot,
  Catalog,
  ParticipantRecord,
  WorkshopRecord,
  WorkshopStatus,
} from './catalog.js'

interface WorkshopRow {
  id: string
  code: string
  title: string
  facilitator_key_hash: string
  facilitator_generation: number
  status: WorkshopStatus
  joining_closed: boolean
  created_at: number
}

interface ParticipantRow {
  workshop_id: string
  id: string
  name: string | null
  created_at: number
  removed_at: number | null
}

const toWorkshop = (row: WorkshopRow): WorkshopRecord => ({
  id: row.id,
  code: row.code,
  title: row.title,
  facilitatorKeyHash: row.facilitator_key_hash,
  facilitatorGeneration: row.facilitator_generation,
  status: row.status,
  joiningOpen: !row.joining_closed,
  createdAt: row.created_at,
})

const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  workshopId: row.workshop_id,
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  removedAt: row.removed_at,
})

const WORKSHOP_COLUMNS =
  'id, code, title, facilitator_key_hash, facilitator_generation, status, joining_closed, created_at'

/** The workshop tables in PostgreSQL: `SqliteCatalog`'s behaviour, same schema names. */
export class PostgresCatalog implements Catalog {
  constructor(private readonly pool: PostgresPool) {}

  async createWorkshop(w: WorkshopRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO workshops (${WORKSHOP_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        w.id,
        w.code,
        w.title,
        w.facilitatorKeyHash,
        w.facilitatorGeneration,
        w.status,
        !w.joiningOpen,
        w.createdAt,
      ],
    )
  }

  rotateFacilitatorKey(id: string, newKeyHash: string, at: number): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      // FOR UPDATE: two rotations at once each keep the hash they replaced.
      const old = await client.query<{ facilitator_key_hash: string }>(
        'SELECT facilitator_key_hash FROM workshops WHERE id = $1 FOR UPDATE',
        [id],
      )
      const hash = old.rows[0]?.facilitator_key_hash
      if (hash === undefined) throw new Error(`no workshop ${id}`)
      await client.query(
        `INSERT INTO replaced_facilitator_keys (workshop_id, key_hash, replaced_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [id, hash, at],
      )
      const bumped = await client.query<{ facilitator_generation: number }>(
        `UPDATE workshops SET facilitator_key_hash = $1, facilitator_generation = facilitator_generation + 1
         WHERE id = $2 RETURNING facilitator_generation`,
        [newKeyHash, id],
      )
      return bumped.rows[0]!.facilitator_generation
    })
  }

  async wasFacilitatorKey(id: string, keyHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'SELECT 1 FROM replaced_facilitator_keys WHERE workshop_id = $1 AND key_hash = $2',
      [id, keyHash],
    )
    return rowCount === 1
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | undefined> {
    const { rows } = await this.pool.query<WorkshopRow>(
      `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = $1`,
      [id],
    )
    return rows[0] && toWorkshop(rows[0])
  }

  async findByCode(code: string): Promise<WorkshopRecord | undefined> {
    const { rows } = await this.pool.query<WorkshopRow>(
      `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE code = $1`,
      [code],
    )
    return rows[0] && toWorkshop(rows[0])
  }

  async setOpen(id: string, open: boolean): Promise<void> {
    await this.pool.query(
      "UPDATE workshops SET status = $1 WHERE id = $2 AND status != 'archived'",
      [open ? 'open' : 'closed', id],
    )
  }

  async setJoiningOpen(id: string, open: boolean): Promise<void> {
    await this.pool.query('UPDATE workshops SET joining_closed = $1 WHERE id = $2', [!open, id])
  }

  async countParticipants(workshopId: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT participant_count AS n FROM workshops WHERE id = $1',
      [workshopId],
    )
    return rows[0]?.n ?? 0
  }

  async addParticipant(p: ParticipantRecord, cap: number): Promise<boolean> {
    // The UPDATE locks the workshop row; a second join waiting on it re-reads
    // the count once the first committed, so the last seat is taken once.
    const { rowCount } = await this.pool.query(
      `WITH seat AS (
         UPDATE workshops SET participant_count = participant_count + 1
         WHERE id = $1 AND participant_count < $6
         RETURNING id
       )
       INSERT INTO participants (workshop_id, id, name, created_at, removed_at)
       SELECT seat.id, $2, $3, $4, $5 FROM seat`,
      [p.workshopId, p.id, p.name, p.createdAt, p.removedAt, cap],
    )
    return rowCount === 1
  }

  async getParticipant(workshopId: string, id: string): Promise<ParticipantRecord | undefined> {
    const { rows } = await this.pool.query<ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = $1 AND id = $2',
      [workshopId, id],
    )
    return rows[0] && toParticipant(rows[0])
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = $1 ORDER BY created_at, id',
      [workshopId],
    )
    return rows.map(toParticipant)
  }

  async removeParticipant(workshopId: string, id: string, at: number): Promise<void> {
    await this.pool.query(
      'UPDATE participants SET removed_at = $1 WHERE workshop_id = $2 AND id = $3 AND removed_at IS NULL',
      [at, workshopId, id],
    )
  }

  async saveBallot(
    workshopId: string,
    participantId: string,
    votes: Ballot,
    at: number,
  ): Promise<void> {
    await this.pool.query(
      `INSERT INTO ballots (workshop_id, participant_id, votes, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workshop_id, participant_id) DO UPDATE SET votes = excluded.votes, updated_at = excluded.updated_at`,
      [workshopId, participantId, JSON.stringify(votes), at],
    )
  }

  async listBallots(workshopId: string): Promise<Map<string, Ballot>> {
    const { rows } = await this.pool.query<{ participant_id: string; votes: string }>(
      'SELECT participant_id, votes FROM ballots WHERE workshop_id = $1',
      [workshopId],
    )
    return new Map(rows.map((row) => [row.participant_id, JSON.parse(row.votes) as Ballot]))
  }

  async saveImportedSummary(workshopId: string, summary: SessionSummary): Promise<void> {
    await this.pool.query('INSERT INTO imported_summaries (workshop_id, summary) VALUES ($1, $2)', [
      workshopId,
      JSON.stringify(summary),
    ])
  }

  async getImportedSummary(workshopId: string): Promise<SessionSummary | undefined> {
    const { rows } = await this.pool.query<{ summary: string }>(
      'SELECT summary FROM imported_summaries WHERE workshop_id = $1',
      [workshopId],
    )
    return rows[0] && (JSON.parse(rows[0].summary) as SessionSummary)
  }
}
