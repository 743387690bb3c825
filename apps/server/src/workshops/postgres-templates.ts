import type { PostgresPool } from '../store/postgres-database.js'
import type { TemplateRecord, TemplateStore } from './templates.js'

interface TemplateRow {
  id: string
  name: string
  language: 'fr' | 'en'
  dimensions: string
  created_at: number
}

const toRecord = (row: TemplateRow): TemplateRecord => ({
  id: row.id,
  name: row.name,
  language: row.language,
  dimensions: JSON.parse(row.dimensions) as TemplateRecord['dimensions'],
  createdAt: row.created_at,
})

/** Templates in PostgreSQL (migration `create-templates`), as `SqliteTemplates`. */
export class PostgresTemplates implements TemplateStore {
  constructor(private readonly pool: PostgresPool) {}

  async saveTemplate(t: TemplateRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO templates (id, name, language, dimensions, created_at) VALUES ($1, $2, $3, $4, $5)',
      [t.id, t.name, t.language, JSON.stringify(t.dimensions), t.createdAt],
    )
  }

  async getTemplate(id: string): Promise<TemplateRecord | undefined> {
    const { rows } = await this.pool.query<TemplateRow>('SELECT * FROM templates WHERE id = $1', [
      id,
    ])
    return rows[0] && toRecord(rows[0])
  }

  async listTemplates(limit: number): Promise<TemplateRecord[]> {
    const { rows } = await this.pool.query<TemplateRow>(
      'SELECT * FROM templates ORDER BY created_at DESC, id LIMIT $1',
      [limit],
    )
    return rows.map(toRecord)
  }

  async countTemplates(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM templates')
    return rows[0]!.n
  }
}
