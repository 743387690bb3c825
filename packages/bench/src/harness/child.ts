import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { ProbeReading } from './probe.js'

export type { ProbeReading }

const CLK_TCK = 100 // Linux USER_HZ
const PROBE = new URL('./probe.js', import.meta.url).href
/** Generous: a heap snapshot of a server holding thousands of sockets takes a while. */
const PROBE_TIMEOUT_MS = 120_000

/** A server under test, in its own process, pinned to one core and probed from inside. */
export interface ServerProcess {
  readonly name: string
  readonly pid: number
  readonly port: number
  /** User + system CPU milliseconds of the whole process (every thread) so far. */
  cpuMs(): number
  /** Starts a new event-loop delay window. */
  resetProbe(): Promise<void>
  /** Event-loop delay since the last reset and heap (after a full GC when `gc`). */
  readProbe(gc?: boolean): Promise<ProbeReading>
  /** Writes a heap snapshot of the server to `path` (for a profile). */
  heapSnapshot(path: string): Promise<string>
  stop(): Promise<void>
}

/** User + system CPU milliseconds of a process, from /proc (10 ms resolution). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK
}

/**
 * Pins every thread of `pid` to `core`: the server to one core, the load
 * generator to the other, so neither steals the other's time. Without
 * `taskset` (not Linux) the figures are still printed, unpinned.
 */
export function pin(pid: number, core: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export interface SpawnOptions {
  name: string
  /** The server's entry file. */
  script: string
  env?: Record<string, string>
  /** Extra Node flags (`--expose-gc` is always on: the memory scenario needs it). */
  nodeArgs?: string[]
  core: number
  /** Matches the server's output once it listens; its first group is the port. */
  ready: RegExp
}

/**
 * Node flags for every server under test, from `BENCH_SERVER_NODE_ARGS`
 * (space-separated), e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where
 * a server's time goes (Node refuses `--cpu-prof` in NODE_OPTIONS).
 */
const EXTRA_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)

export function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      PROBE,
      ...EXTRA_NODE_ARGS,
      ...(options.nodeArgs ?? []),
      options.script,
    ],
    {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    const onOutput = (chunk: Buffer) => {
      if (output.length < 64 * 1024) output += chunk
      const port = options.ready.exec(output)?.[1]
      if (!port) return
      // Read on, without keeping it: a server that logs must never block on a full pipe.
      child.stdout!.off('data', onOutput).resume()
      child.stderr!.off('data', onOutput).resume()
      child.off('exit', onEarlyExit)
      pin(child.pid!, options.core)
      resolve(probed(options.name, child, Number(port)))
    }
    const onEarlyExit = (code: number | null) =>
      reject(new Error(`${options.name} exited (${code}) before listening:\n${output}`))
    child.stdout!.on('data', onOutput)
    child.stderr!.on('data', onOutput)
    child.once('exit', onEarlyExit)
  })
}

function probed(name: string, child: ChildProcess, port: number): ServerProcess {
  const ask = <T>(message: object, answer: string): Promise<T> =>
    new Promise((resolve, reject) => {
      // A server that stops answering its probe fails the run loudly instead of hanging it.
      const timeout = setTimeout(() => {
        child.off('message', onMessage)
        reject(
          new Error(`${name}: no answer from the probe to ${answer} in ${PROBE_TIMEOUT_MS} ms`),
        )
      }, PROBE_TIMEOUT_MS)
      const onMessage = (reply: { probe?: string; reading?: T }) => {
        if (reply?.probe !== answer) return
        clearTimeout(timeout)
        child.off('message', onMessage)
        resolve(reply.reading as T)
      }
      child.on('message', onMessage)
      child.send(message)
    })
  return {
    name,
    pid: child.pid!,
    port,
    cpuMs: () => cpuMs(child.pid!),
    resetProbe: () => ask<void>({ probe: 'reset' }, 'reset'),
    readProbe: (gc = false) => ask<ProbeReading>({ probe: 'read', gc }, 'read'),
    heapSnapshot: (path) => ask<string>({ probe: 'snapshot', path }, 'snapshot'),
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      const hard = setTimeout(() => child.kill('SIGKILL'), 10_000)
      return exited.finally(() => clearTimeout(hard))
    },
  }
}
