import { describe, expect, it } from 'vitest'
import { sseParser } from './sseParser'

describe('sseParser', () => {
  it('reads named events cut anywhere, and skips heartbeat comments', () => {
    const parse = sseParser()
    expect(
      parse('event: ready\ndata: {"heartbeatMs":25000}\n\n: heartbeat\n\nevent: chan'),
    ).toEqual([{ event: 'ready', data: '{"heartbeatMs":25000}' }])
    expect(parse('ged\ndata: {"at":1}')).toEqual([])
    expect(parse('\n\n')).toEqual([{ event: 'changed', data: '{"at":1}' }])
  })

  it('joins data lines, reads CRLF, and names an unnamed event "message"', () => {
    const parse = sseParser()
    expect(parse('data: a\r\ndata: b\r\n\r\ndata:c\n\n')).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'message', data: 'c' },
    ])
  })
})
