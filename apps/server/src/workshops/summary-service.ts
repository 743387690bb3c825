import { collectVotes, readBoard, toBoardSnapshot } from '@atelier/board-model'
import {
  buildSummary,
  renderCsvNotes,
  renderCsvRecommendations,
  renderDocx,
  renderHtml,
  renderJson,
  renderMarkdown,
  type SessionSummary,
} from '@atelier/recommendations'
import { boardRoom, privateRoom } from '../auth/access.js'
import type { RoomRegistry } from '../sync/room-registry.js'
import { type ExportFile, exportFile, fileSlug } from '../util/export-file.js'
import type { Catalog } from './catalog.js'

export const SUMMARY_FORMATS = ['json', 'md', 'csv', 'recommendations.csv', 'docx', 'html'] as const
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number]

/** A summary in one export format, ready to send. */
export type RenderedSummary = ExportFile

/**
 * The session summary of a workshop, from its board and its frozen ballots,
 * in every export format. The same functions the board's export dialog uses
 * (`@atelier/recommendations`), so the bytes are the same.
 */
export class SummaryService {
  constructor(
    private readonly catalog: Catalog,
    private readonly registry: RoomRegistry,
  ) {}

  async summary(workshopId: string): Promise<SessionSummary> {
    const imported = await this.catalog.getImportedSummary(workshopId)
    if (imported) return imported
    const room = await this.registry.acquire(boardRoom(workshopId))
    // Authors and hidden texts are in the private room; exports are the facilitator's.
    const privateDoc = await this.registry.acquire(privateRoom(workshopId)).catch((error) => {
      this.registry.release(room)
      throw error
    })
    try {
      const state = readBoard(room.doc, privateDoc.doc)
      const ballots = await this.catalog.listBallots(workshopId)
      const participants = await this.catalog.listParticipants(workshopId)
      const snapshot = toBoardSnapshot(state, collectVotes(state, ballots), {
        id: workshopId,
        participantCount: participants.filter((p) => p.removedAt === null).length,
      })
      return buildSummary(snapshot)
    } finally {
      this.registry.release(privateDoc)
      this.registry.release(room)
    }
  }

  async render(workshopId: string, format: SummaryFormat): Promise<RenderedSummary> {
    const summary = await this.summary(workshopId)
    const base = fileBase(summary)
    switch (format) {
      case 'json':
        return exportFile(renderJson(summary), 'json', base)
      case 'md':
        return exportFile(renderMarkdown(summary), 'md', base)
      case 'csv':
        return exportFile(renderCsvNotes(summary), 'csv', `${base}-notes`)
      case 'recommendations.csv':
        return exportFile(renderCsvRecommendations(summary), 'csv', `${base}-recommendations`)
      case 'docx':
        return exportFile(await renderDocx(summary), 'docx', base)
      case 'html':
        return exportFile(renderHtml(summary), 'html', base)
    }
  }
}

/** "atelier-lyon-metropole-2021-06-10": ASCII, safe in every file system and header. */
function fileBase(summary: SessionSummary): string {
  return `${fileSlug(summary.workshop.title, 'atelier')}-${summary.workshop.date}`
}
