import { readDimensions, readMeta } from '@atelier/board-model'
import { ApiError } from '../http/errors.js'
import { newId } from './ids.js'
import type { WorkshopService } from './service.js'
import {
  MAX_TEMPLATES,
  type TemplateFile,
  type TemplateRecord,
  type TemplateStore,
  templateFileSchema,
} from './templates.js'

/**
 * Templates: saved from a workshop by its facilitator, imported from a file,
 * listed on the home page, used to create a workshop. Knows the store and the
 * workshop service, not HTTP.
 */
export class TemplateService {
  constructor(
    private readonly store: TemplateStore,
    private readonly workshops: WorkshopService,
    private readonly now: () => number = Date.now,
    private readonly maxTemplates = MAX_TEMPLATES,
  ) {}

  /** Saves the workshop's current dimensions and questions (the caller checked the facilitator key). */
  async saveFromWorkshop(workshopId: string, name: string | undefined): Promise<TemplateRecord> {
    const file = await this.workshops.withBoard(workshopId, (board) => {
      const meta = readMeta(board)
      return {
        format: 'atelier-template' as const,
        version: 1 as const,
        name: name ?? meta.title.slice(0, 120),
        language: meta.language,
        dimensions: readDimensions(board).map(({ id, title, prompt }) => ({ id, title, prompt })),
      }
    })
    // The board may hold anything the facilitator wrote: the same checks as a file.
    return this.importFile(file)
  }

  /** Saves a template file; refuses an invalid one with 400, a full catalog with 409. */
  async importFile(json: unknown): Promise<TemplateRecord> {
    const parsed = templateFileSchema.safeParse(json)
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
        .join('; ')
      throw new ApiError(400, 'invalid-template', problems)
    }
    if ((await this.store.countTemplates()) >= this.maxTemplates)
      throw new ApiError(409, 'too-many-templates', 'This server keeps no more templates.')
    const record = toRecord(parsed.data, newId(), this.now())
    await this.store.saveTemplate(record)
    return record
  }

  list(limit = 100): Promise<TemplateRecord[]> {
    return this.store.listTemplates(limit)
  }

  /** The template, or a 404. */
  async get(id: string): Promise<TemplateRecord> {
    const record = await this.store.getTemplate(id)
    if (!record) throw new ApiError(404, 'unknown-template', 'No such template.')
    return record
  }
}

function toRecord(file: TemplateFile, id: string, createdAt: number): TemplateRecord {
  return {
    id,
    name: file.name,
    language: file.language,
    dimensions: file.dimensions,
    createdAt,
  }
}
