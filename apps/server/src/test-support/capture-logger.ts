import { createLogger, type Logger, type LogLevel } from '../logging/logger.js'

/** One parsed log line: pino's fields and the bindings of the child that wrote it. */
export type LogLine = Record<string, unknown> & { msg?: string; level: number }

/**
 * A real pino logger (the server's own options: redaction, scrubbing)
 * writing into memory, for tests that assert on what is logged.
 */
export function captureLogger(level: LogLevel = 'debug'): {
  logger: Logger
  /** Everything written, as the raw JSON lines. */
  text(): string
  lines(): LogLine[]
} {
  const written: string[] = []
  const logger = createLogger({ level, destination: { write: (line) => written.push(line) } })
  return {
    logger,
    text: () => written.join(''),
    lines: () => written.map((line) => JSON.parse(line) as LogLine),
  }
}
