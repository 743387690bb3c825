import type { TemplateRecord, TemplateStore } from './templates.js'

/** Templates in memory, for tests: `SqliteTemplates`' behaviour (same contract suite). */
export class MemoryTemplates implements TemplateStore {
  private readonly templates = new Map<string, string>()

  async saveTemplate(record: TemplateRecord): Promise<void> {
    if (this.templates.has(record.id)) throw new Error(`template ${record.id} exists`)
    this.templates.set(record.id, JSON.stringify(record))
  }

  async getTemplate(id: string): Promise<TemplateRecord | undefined> {
    const json = this.templates.get(id)
    return json === undefined ? undefined : (JSON.parse(json) as TemplateRecord)
  }

  async listTemplates(limit: number): Promise<TemplateRecord[]> {
    return [...this.templates.values()]
      .map((json) => JSON.parse(json) as TemplateRecord)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
  }

  async countTemplates(): Promise<number> {
    return this.templates.size
  }
}
