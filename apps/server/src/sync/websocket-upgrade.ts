import type { IncomingMessage, Server } from 'node:http'
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Context } from 'hono'
import type { WebSocket, WebSocketServer } from 'ws'

/**
 * Websocket upgrades, decided by the Hono app and completed by `ws` itself.
 *
 * `@hono/node-server`'s `upgradeWebSocket` keeps, for the whole life of
 * each socket, the Hono Context, its Request, the IncomingMessage and a URL
 * (its per-socket closure holds them): about 11 KB a socket, three times what
 * the stock relay spends on one, and most of an idle room's heap. Here the
 * route only says "accept, and hand the socket to this function"; the
 * upgrade handler then calls `wss.handleUpgrade` and nothing of the request
 * outlives the handshake.
 */

/** What an upgrade request's handlers find in `c.env`. */
export interface UpgradeEnv {
  incoming: IncomingMessage
  /** Set by `acceptWebSocket`: who gets the socket once the handshake completes. */
  accepted?: (socket: WebSocket) => void
}

/**
 * In a route: accept this upgrade. `open` receives the socket; keep it free
 * of the Context (capture plain values), or the Context lives as long as the socket.
 */
export function acceptWebSocket(c: Context, open: (socket: WebSocket) => void): Response {
  const env = c.env as Partial<UpgradeEnv> | undefined
  if (c.req.header('upgrade')?.toLowerCase() !== 'websocket' || !env?.incoming) {
    return Response.json(
      { error: { code: 'upgrade-required', message: 'This endpoint speaks websocket only.' } },
      { status: 426, headers: { upgrade: 'websocket' } },
    )
  }
  env.accepted = open
  // Never sent: the upgrade handler answers 101 instead.
  return new Response(null, { status: 200 })
}

/**
 * Routes every upgrade request of `server` through `fetch` (the whole app,
 * middleware included); a request the app did not accept gets the app's
 * response (status and JSON error) and the socket is closed.
 */
export function handleWebSocketUpgrades(
  server: Server,
  wss: WebSocketServer,
  fetch: (request: Request, env: UpgradeEnv) => Response | Promise<Response>,
): void {
  server.on('upgrade', async (incoming: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A client gone mid-check must not crash the process.
    const ignore = () => {}
    socket.on('error', ignore)
    const env: UpgradeEnv = { incoming }
    let response: Response
    try {
      const request = requestOf(incoming)
      try {
        response = await fetch(request, env)
      } catch {
        response = new Response(null, { status: 500 })
      }
    } catch {
      // No URL can be made of its Host and target.
      response = new Response(null, { status: 400 })
    }
    if (socket.destroyed) return
    const open = env.accepted
    if (!open) {
      await refuse(socket, response)
      return
    }
    wss.handleUpgrade(incoming, socket, head, (ws) => {
      socket.off('error', ignore)
      // `ws` closes a socket that breaks the protocol (a frame past
      // `maxPayload`, a bad opcode) and then emits 'error': unlistened, that
      // would take the whole process down. `open` may listen too.
      ws.on('error', ignore)
      open(ws)
    })
  })
  server.on('close', () => wss.close())
}

function requestOf(incoming: IncomingMessage): Request {
  const headers = new Headers()
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value)
  }
  const host = incoming.headers.host ?? 'localhost'
  return new Request(new URL(incoming.url ?? '/', `http://${host}`), { headers })
}

/** The app's answer, written as a plain HTTP response on the raw socket. */
async function refuse(socket: Duplex, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer())
  const lines = [
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`,
    'Connection: close',
    `Content-Length: ${body.length}`,
  ]
  response.headers.forEach((value, key) => {
    if (!SKIPPED_HEADERS.has(key)) lines.push(`${key}: ${value}`)
  })
  if (!socket.destroyed)
    socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]))
}

/** Framing headers are this writer's own. */
const SKIPPED_HEADERS = new Set(['connection', 'content-length', 'transfer-encoding', 'keep-alive'])
