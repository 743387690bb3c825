import { hostname } from 'node:os'
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino'

export type { Logger } from 'pino'

/** The levels `LOG_LEVEL` accepts (pino's, `silent` logs nothing). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/**
 * Paths censored in every log line: no code logs a token or a key, this
 * is the safety net if one ever logs a request or its headers.
 */
const REDACTED_PATHS = [
  'authorization',
  'token',
  'key',
  '*.authorization',
  '*.token',
  '*.key',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  'headers.cookie',
  'req.headers.cookie',
]

/** `token=…` or `key=…` in a query string or a fragment (the links the server hands out). */
const SECRET_IN_URL = /([?&#](?:token|key)=)[^&#\s"']+/gi

/** The same text with the values of `token=` and `key=` parameters censored. */
export function scrubSecrets(text: string): string {
  return text.replace(SECRET_IN_URL, '$1[Redacted]')
}

/** Strings of a log line's fields scrubbed, in plain objects down to a few levels (lines are small). */
function scrubObject(object: Record<string, unknown>, depth = 3): Record<string, unknown> {
  const scrubbed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) {
    if (typeof value === 'string') scrubbed[key] = scrubSecrets(value)
    else if (depth > 0 && isPlainObject(value)) scrubbed[key] = scrubObject(value, depth - 1)
    else scrubbed[key] = value
  }
  return scrubbed
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * The process's root logger: one JSON object per line (pino), on stdout
 * unless `destination` is given (tests pass a capture stream). Rooms and
 * connections log through children that bind `room`, `role`, `connection`.
 *
 * @example
 * const logger = createLogger({ level: env.LOG_LEVEL })
 * logger.child({ room: 'w1' }).warn({ err }, 'compaction failed')
 */
export function createLogger(
  options: { level?: LogLevel | undefined; destination?: DestinationStream } = {},
): Logger {
  const config: LoggerOptions = {
    level: options.level ?? 'info',
    // Which process wrote a line, once several run behind a load balancer.
    base: { service: 'atelier', pid: process.pid, hostname: hostname() },
    redact: { paths: REDACTED_PATHS, censor: '[Redacted]' },
    serializers: {
      err: (error: unknown) => {
        const serialized = pino.stdSerializers.err(error as Error)
        if (!serialized || typeof serialized !== 'object') return serialized
        return scrubObject(serialized as unknown as Record<string, unknown>)
      },
    },
    formatters: { log: (object) => scrubObject(object) },
    hooks: {
      // Messages (and printf arguments) pass through the same scrub as fields.
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg))
        method.apply(this, scrubbed as Parameters<typeof method>)
      },
    },
  }
  return options.destination ? pino(config, options.destination) : pino(config)
}

/** A logger that writes nothing: the default of classes built outside a server (unit tests). */
export const SILENT_LOGGER: Logger = createLogger({ level: 'silent' })
