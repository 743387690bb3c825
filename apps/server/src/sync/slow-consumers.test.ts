import { afterEach, describe, expect, it } from 'vitest'
import type { ServerOptions } from '../server.js'
import {
  type Client,
  connect,
  createWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { openRaw } from '../test-support/raw-socket.js'

describe('slow and silent consumers', () => {
  let server: TestServer | undefined
  const clients: Client[] = []
  const start = async (options: Partial<ServerOptions>) => {
    server = await startTestServer(undefined, options)
    return server
  }
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.stop()
    server = undefined
  })

  it('closes a connection that stops reading once its send buffer passes the bound', async () => {
    const s = await start({ syncLimits: { maxBufferedBytes: 512 * 1024 } })
    const workshop = await createWorkshop(s)
    const token = await roleToken(s, workshop, 'facilitator')
    const reader = await openRaw(s, `${workshop.id}:layout`, token)
    // The reader's process stops reading: the kernel buffers fill, then the server's.
    reader.ws.pause()
    const writer = connect(s, `${workshop.id}:layout`, token)
    clients.push(writer)
    await writer.synced
    const chunk = 'x'.repeat(1024 * 1024)
    let written = 0
    // Enough to fill loopback buffers (a few MB) and the bound; stop as soon as it is closed.
    while (s.registry.peek(`${workshop.id}:layout`)?.peers.size !== 1 && written < 64) {
      writer.doc.getMap('big').set(`k${written++}`, chunk)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await waitFor(() => s.registry.peek(`${workshop.id}:layout`)?.peers.size === 1)
    expect(written).toBeLessThan(64)
    // The writer, who reads, is still connected and synced.
    expect(writer.provider.wsconnected).toBe(true)
    const metrics = await fetch(`${s.url}/metrics`).then((r) => r.text())
    expect(metrics).toMatch(/^atelier_connections_dropped_total\{reason="slow-reader"\} 1$/m)
  }, 20_000)

  it('drops a silent socket that sends unsolicited pongs instead of answering pings', async () => {
    const s = await start({ pingIntervalMs: 100 })
    const workshop = await createWorkshop(s)
    const token = await roleToken(s, workshop, 'screen')
    const silent = await openRaw(s, workshop.id, token, { autoPong: false })
    const pongs = setInterval(() => silent.ws.pong(Buffer.from('hi')), 20)
    try {
      await silent.closed
    } finally {
      clearInterval(pongs)
    }
    await waitFor(async () => {
      const health = await fetch(`${s.url}/healthz`).then((r) => r.json())
      return (health as { connections: number }).connections === 0
    })
  }, 10_000)
})
