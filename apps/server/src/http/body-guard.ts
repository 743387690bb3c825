import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ApiError } from './errors.js'
import type { HttpLimits } from './limits.js'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** True when a Content-Type header names JSON (`application/json`, any parameters). */
export function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json'
}

/**
 * API writes carry JSON or nothing. A cross-site page may POST `text/plain`
 * (or a form) without a CORS preflight; refusing every other type before the
 * body is read means such a request creates nothing (415 `unsupported-media-type`).
 */
export const jsonOnly: MiddlewareHandler = async (c, next) => {
  if (!WRITES.has(c.req.method)) return next()
  const type = c.req.header('content-type')
  const length = c.req.header('content-length')
  const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding')
  if (type === undefined ? hasBody : !isJsonContentType(type))
    throw new ApiError(
      415,
      'unsupported-media-type',
      'Send the body as JSON with "Content-Type: application/json".',
    )
  return next()
}

function limitOf(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'body-too-large', `The request body is at most ${maxSize} bytes.`)
    },
  })
}

/** The routes that take a whole summary or synthesis file. */
const isImport = (path: string) =>
  path === '/api/workshops/import' || /^\/api\/campaigns\/[^/]+\/import$/.test(path)

/**
 * Caps every API body: a declared Content-Length above the limit is refused
 * before a byte is read; a chunked body is cut off as soon as it passes it.
 */
export function apiBodyLimit(limits: HttpLimits): MiddlewareHandler {
  const json = limitOf(limits.jsonBodyBytes)
  const summary = limitOf(limits.importBodyBytes)
  return (c, next) => (isImport(c.req.path) ? summary : json)(c, next)
}
