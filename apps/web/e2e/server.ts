// The server is loaded by name at run time, not imported statically: the web
// app's type-check must not compile the server's sources (another package,
// other compiler settings). These are the few shapes the tests use.

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

interface ServerModule {
  startServer(options: { port: number; dataDir: string; webDist: string }): Promise<RunningServer>
  seedWorkshop(
    baseUrl: string,
    dataset: unknown,
    options: {
      WebSocket: unknown
      until: 'collect' | 'cluster' | 'vote'
      /** A campaign's `POST /api/campaigns/:id/workshops` with its organiser key. */
      create?: { path: string; bearer: string }
    },
  ): Promise<{
    id: string
    code: string
    facilitatorKey: string
    facilitatorUrl: string
    screenUrl: string
    joinUrl: string
  }>
}

const SERVER = '@atelier/server'
const WS = 'ws'

export async function loadServer(): Promise<ServerModule> {
  return (await import(/* @vite-ignore */ SERVER)) as ServerModule
}

/** Node 20 has no WebSocket global: the `ws` package stands in for the seed's providers. */
export async function loadWebSocket(): Promise<unknown> {
  return ((await import(/* @vite-ignore */ WS)) as { default: unknown }).default
}
