import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Logger } from '../logging/logger.js'

/** An error a client can act on: `{ "error": { "code", "message" } }` with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** One line per problem ("path: message"), for refusals that have several (an invalid import). */
    readonly issues?: readonly string[],
  ) {
    super(message)
  }
}

export function errorBody(code: string, message: string, issues?: readonly string[]) {
  return { error: { code, message, ...(issues ? { issues } : {}) } }
}

/**
 * Hono `onError`: known errors keep their status; anything else is a 500
 * without internals, logged with its method and path (never the query
 * string, which may carry a token).
 */
export function errorHandler(logger: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ApiError)
      return c.json(errorBody(error.code, error.message, error.issues), error.status)
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'unexpected error')
    return c.json(errorBody('internal', 'Something went wrong on the server.'), 500)
  }
}

/** Parses a JSON body with a zod-like schema, or throws a 400 that names the problems. */
export async function readJson<T>(
  c: Context,
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
  },
): Promise<T> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new ApiError(400, 'invalid-json', 'The request body must be JSON.')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
      .join('; ')
    throw new ApiError(400, 'invalid-request', problems)
  }
  return parsed.data
}
