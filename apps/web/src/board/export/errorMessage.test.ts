import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { errorMessage } from './errorMessage'
import { ExportError } from './summaryApi'

// A t() that shows which key and values were asked for.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction

describe('errorMessage', () => {
  it('names each failure the facilitator can act on', () => {
    expect(errorMessage(new ExportError(-1), t)).toBe('export.errors.noKey')
    expect(errorMessage(new ExportError(0), t)).toBe('export.errors.network')
    expect(errorMessage(new ExportError(401), t)).toBe('export.errors.auth')
    expect(errorMessage(new ExportError(403), t)).toBe('export.errors.auth')
  })

  it('gives the status of any other failure', () => {
    expect(errorMessage(new ExportError(500), t)).toBe('export.errors.failed {"status":500}')
    expect(errorMessage(new Error('boom'), t)).toBe('export.errors.failed {"status":"—"}')
  })
})
