import * as Y from 'yjs'
import { META_DEFAULTS } from './defaults.js'
import { BoardModelError } from './errors.js'
import { BOARD_MAPS, SCHEMA_VERSION } from './layout.js'
import { newTimerMap } from './migrations.js'
import { isoDateSchema, languageSchema } from './schemas.js'
import { templateDimensions } from './templates.js'
import type { Language, Template } from './types.js'

/** Options of `createBoard`. */
export interface CreateBoardOptions {
  title: string
  territory?: string | null
  language?: Language
  template: Template
  /** ISO date; defaults to today (UTC). */
  date?: string
  facilitator?: string | null
  /** Replaces the template's dimensions (imports, tests). Order follows the array. */
  dimensions?: { id: string; title: string; prompt: string }[]
}

/**
 * Writes a new board (current schema, all meta defaults, the template's
 * dimensions) into an empty doc. Throws `BoardModelError('board-exists')` if
 * the doc already holds a board.
 *
 * @example
 * const doc = new Y.Doc()
 * createBoard(doc, { title: 'Atelier Lyon', template: 'congress', language: 'fr' }, 'server')
 */
export function createBoard(doc: Y.Doc, options: CreateBoardOptions, origin?: unknown): void {
  const meta = doc.getMap<unknown>(BOARD_MAPS.meta)
  if (meta.has('schemaVersion')) throw new BoardModelError('board-exists')
  const title = options.title.trim()
  if (title === '') throw new BoardModelError('title-empty')
  const language = languageSchema.parse(options.language ?? 'fr')
  const date = isoDateSchema.parse(options.date ?? new Date().toISOString().slice(0, 10))
  const dims =
    options.dimensions?.map((d, order) => ({ ...d, order })) ??
    templateDimensions(options.template, language)

  doc.transact(() => {
    meta.set('schemaVersion', SCHEMA_VERSION)
    meta.set('title', title)
    meta.set('territory', options.territory?.trim() || null)
    meta.set('language', language)
    meta.set('date', date)
    meta.set('facilitator', options.facilitator?.trim() || null)
    meta.set('phase', META_DEFAULTS.phase)
    meta.set('votesPerParticipant', META_DEFAULTS.votesPerParticipant)
    meta.set('multipleDotsPerCluster', META_DEFAULTS.multipleDotsPerCluster)
    meta.set('silent', META_DEFAULTS.silent)
    meta.set('locked', META_DEFAULTS.locked)
    meta.set('showTallies', META_DEFAULTS.showTallies)
    meta.set('focus', META_DEFAULTS.focus)
    meta.set('timer', newTimerMap())
    const dimensions = doc.getMap<Y.Map<unknown>>(BOARD_MAPS.dimensions)
    for (const d of dims) {
      dimensions.set(
        d.id,
        new Y.Map<unknown>([
          ['title', d.title],
          ['prompt', d.prompt],
          ['order', d.order],
        ]),
      )
    }
  }, origin)
}
