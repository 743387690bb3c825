import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const MAIN = fileURLToPath(new URL('../../../dist/main.js', import.meta.url))
const PROBE = fileURLToPath(new URL('./event-loop-probe.mjs', import.meta.url))

/** What the child measured of itself (see event-loop-probe.mjs). */
export interface ProbeReading {
  /** Longest event-loop stall the server's own CPU time accounts for, in ms. */
  longestStallMs: number
  /** Longest garbage-collection pause, in ms. */
  longestGcMs: number
  /** Longest raw event-loop delay (monitorEventLoopDelay), machine noise included, in ms. */
  maxEventLoopDelayMs: number
  rss: number
  peakRss: number
  heapUsed: number
}

export interface ProbedServer {
  url: string
  port: number
  child: ChildProcess
  /** Resolves with the child's exit code or signal once it exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Asks the child for its readings; `gc` collects garbage first, `reset` restarts the peaks. */
  probe(what?: 'read' | 'reset' | 'gc'): Promise<ProbeReading>
  /** The server's output so far, for failure messages. */
  output(): string
}

/**
 * The built server (`dist/main.js`, unchanged) in a child process with the
 * event-loop and memory probe preloaded. `port` 0 picks one; pass the port
 * of a previous run to restart on the same address (the clients reconnect).
 * Needs `pnpm --filter @atelier/server... build` (pnpm test and pnpm
 * test:hardening do it).
 */
export async function spawnProbed(
  dataDir: string,
  {
    port = 0,
    nodeArgs = [] as string[],
    env = {} as Record<string, string>,
  }: { port?: number; nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<ProbedServer> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: build the server first (pnpm test:hardening does)`)
  const child = spawn(process.execPath, [...nodeArgs, '--import', PROBE, MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    output = (output + chunk).slice(-20_000)
  })
  child.stderr!.on('data', (chunk: Buffer) => {
    output = (output + chunk).slice(-20_000)
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const listening = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000)
    const onData = () => {
      const match = output.match(/http:\/\/localhost:(\d+)\//)
      if (!match) return
      clearTimeout(timer)
      child.stdout!.off('data', onData)
      resolve(Number(match[1]))
    }
    child.stdout!.on('data', onData)
    exited.then(({ code, signal }) =>
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`)),
    )
  })
  const probe = (what: 'read' | 'reset' | 'gc' = 'read') =>
    new Promise<ProbeReading>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('probe did not answer')), 10_000)
      const onMessage = (message: ProbeReading & { reply: string }) => {
        if (message.reply !== what) return
        clearTimeout(timer)
        child.off('message', onMessage)
        resolve(message)
      }
      child.on('message', onMessage)
      child.send(what)
    })
  return {
    url: `http://127.0.0.1:${listening}`,
    port: listening,
    child,
    exited,
    probe,
    output: () => output,
  }
}

/** SIGKILL: no shutdown hook runs, nothing is flushed. */
export async function killHard(server: ProbedServer): Promise<void> {
  server.child.kill('SIGKILL')
  await server.exited
}
