import { describe, expect, it, vi } from 'vitest'
import { captureLogger } from '../test-support/capture-logger.js'
import { lazyChild } from './lazy-child.js'

describe('a lazily made child logger', () => {
  it('makes no child for lines below the level, and one for every line after', () => {
    const log = captureLogger('info')
    const child = vi.spyOn(log.logger, 'child')
    const connection = lazyChild(log.logger, { room: 'w1', connection: 'a1b2c3d4' })
    connection.debug({ canWrite: true }, 'connection opened')
    expect(child).not.toHaveBeenCalled()
    connection.warn({ type: 'sync-update' }, 'malformed update refused')
    connection.info('connection dropped')
    expect(child).toHaveBeenCalledTimes(1)
    expect(
      log.lines().map(({ msg, room, connection, type }) => ({ msg, room, connection, type })),
    ).toEqual([
      { msg: 'malformed update refused', room: 'w1', connection: 'a1b2c3d4', type: 'sync-update' },
      { msg: 'connection dropped', room: 'w1', connection: 'a1b2c3d4', type: undefined },
    ])
  })

  it('writes an error with its stack, redacted like any line', () => {
    const log = captureLogger('debug')
    lazyChild(log.logger, { room: 'w1' }).error(
      { err: new Error('boom at /sync/w1?token=secret') },
      'could not load the room',
    )
    const [line] = log.lines()
    expect(line?.msg).toBe('could not load the room')
    expect(JSON.stringify(line)).not.toContain('secret')
    expect((line?.err as { stack?: string } | undefined)?.stack).toContain('boom')
  })
})
