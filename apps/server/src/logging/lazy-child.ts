import type { Logger } from 'pino'

/** The levels a connection logs at. */
export type LevelLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>

type Level = keyof LevelLogger
type Line = (...args: unknown[]) => void

/**
 * A child of `parent` bound to `bindings`, made the first time it writes a
 * line. A pino child costs about 0.7 KB of heap and a server holds one per
 * socket; most sockets never write a line (their debug lines are off in
 * production), so most never make one. A class, so that its methods live on
 * the prototype and not in four closures per socket.
 *
 * @example
 * const log = lazyChild(logger, { room: 'w1', connection: 'a1b2c3d4' })
 * log.debug('connection opened') // at LOG_LEVEL=info, no child is made
 */
export function lazyChild(parent: Logger, bindings: Record<string, unknown>): LevelLogger {
  return new LazyChild(parent, bindings) as unknown as LevelLogger
}

class LazyChild {
  private child: Logger | null = null

  constructor(
    private readonly parent: Logger,
    private readonly bindings: Record<string, unknown>,
  ) {}

  debug(...args: unknown[]): void {
    this.write('debug', args)
  }

  info(...args: unknown[]): void {
    this.write('info', args)
  }

  warn(...args: unknown[]): void {
    this.write('warn', args)
  }

  error(...args: unknown[]): void {
    this.write('error', args)
  }

  private write(level: Level, args: unknown[]): void {
    if (!this.parent.isLevelEnabled(level)) return
    this.child ??= this.parent.child(this.bindings)
    ;(this.child[level] as Line).apply(this.child, args)
  }
}
