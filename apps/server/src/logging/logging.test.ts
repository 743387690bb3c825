import { afterEach, describe, expect, it } from 'vitest'
import { encodeUpdate } from '../sync/protocol.js'
import { captureLogger } from '../test-support/capture-logger.js'
import {
  createWorkshop,
  joinWorkshop,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { openRaw, type RawSocket } from '../test-support/raw-socket.js'

// Issue 11, observability: JSON log lines with room and connection bindings, never a token.

let server: TestServer | undefined
const sockets: RawSocket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.ws.terminate()
  await server?.stop()
  server = undefined
})

describe('structured logs', () => {
  it('writes JSON lines bound to the room, role and connection, without the token of the query string', async () => {
    const log = captureLogger('debug')
    server = await startTestServer(undefined, { logger: log.logger })
    const workshop = await createWorkshop(server)
    const phone = await joinWorkshop(server, workshop.code, 'Amandine')
    const room = `${workshop.id}:${phone.participantId}`
    // The token travels in the query string, as the stock provider sends it.
    const socket = await openRaw(server, room, phone.token)
    sockets.push(socket)
    socket.send(encodeUpdate(new Uint8Array([0xff, 0xff, 0xff])))
    await waitFor(() => socket.denied().length > 0, 5000, 'malformed update refused')
    socket.ws.close()
    await socket.closed
    await waitFor(
      () => log.lines().some((line) => line.msg === 'connection closed'),
      5000,
      'close logged',
    )

    // Every line is one JSON object (lines() parses each).
    const lines = log.lines()
    const opened = lines.find((line) => line.msg === 'connection opened')
    const malformed = lines.find((line) => line.msg === 'malformed update refused')
    const bindings = {
      room,
      role: 'participant',
      participant: phone.participantId,
      service: 'atelier',
    }
    expect(opened).toMatchObject(bindings)
    expect(malformed).toMatchObject({ ...bindings, level: 40, type: 'sync-update' })
    expect(malformed?.err).toMatchObject({ type: 'MalformedUpdate' })
    // One connection, one id across its lines.
    expect(typeof opened?.connection).toBe('string')
    expect(malformed?.connection).toBe(opened?.connection)

    const text = log.text()
    expect(text).not.toContain(phone.token)
    expect(text).not.toContain(workshop.facilitatorKey)
    // The participant's name is not in the logs either.
    expect(text).not.toContain('Amandine')
  })

  it('censors authorization headers and token or key parameters wherever they appear', () => {
    const log = captureLogger('info')
    const secret = 'v2.eyJ3IjoiYWJjIn0.c2lnbmF0dXJl'
    log.logger.info(
      {
        headers: { authorization: `Bearer ${secret}` },
        url: `/sync/w1?token=${secret}`,
        token: secret,
        request: { path: `/api/join?key=${secret}` },
      },
      `upgrade of /sync/w1?token=${secret}`,
    )
    log.logger.error({ err: new Error(`fetch /join#key=${secret} failed`) }, 'oops')
    log.logger.child({ room: 'w1' }).warn(`see /f#token=${secret}&x=1`)
    const text = log.text()
    expect(text).not.toContain(secret)
    const [first, second, third] = log.lines()
    expect(first).toMatchObject({
      headers: { authorization: '[Redacted]' },
      url: '/sync/w1?token=[Redacted]',
      token: '[Redacted]',
      request: { path: '/api/join?key=[Redacted]' },
      msg: 'upgrade of /sync/w1?token=[Redacted]',
    })
    expect(second).toMatchObject({ err: { message: 'fetch /join#key=[Redacted] failed' } })
    expect(third).toMatchObject({ room: 'w1', msg: 'see /f#token=[Redacted]&x=1' })
  })
})
