import type { SqliteDatabase } from '../store/sqlite-database.js'
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

/** Templates in the catalog's SQLite file (migration `create-templates`). */
export class SqliteTemplates implements TemplateStore {
  constructor(private readonly db: SqliteDatabase) {}

  async saveTemplate(t: TemplateRecord): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO templates (id, name, language, dimensions, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(t.id, t.name, t.language, JSON.stringify(t.dimensions), t.createdAt)
  }

  async getTemplate(id: string): Promise<TemplateRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM templates WHERE id = ?').get(id) as
      | TemplateRow
      | undefined
    return row && toRecord(row)
  }

  async listTemplates(limit: number): Promise<TemplateRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM templates ORDER BY created_at DESC, id LIMIT ?')
      .all(limit) as TemplateRow[]
    return rows.map(toRecord)
  }

  async countTemplates(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM templates').get() as { n: number }).n
  }
}
