import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { freePort } from './free-port.js'

/** A real `redis-server` for one test file, on a free loopback port, keeping nothing on disk. */
export interface TestRedis {
  url: string
  port: number
  /** Kills it (SIGKILL: what a crash looks like to the clients). */
  kill(): Promise<void>
  /** Starts it again on the same port (empty: pub/sub keeps nothing anyway). */
  start(): Promise<void>
  stop(): Promise<void>
}

const REDIS_SERVER = 'redis-server'

function redisInstalled(): boolean {
  try {
    execFileSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * Starts `redis-server` (Debian's `redis-server` package). Missing, it throws
 * with the command that installs it: these tests never skip.
 */
export async function startTestRedis(): Promise<TestRedis> {
  if (!redisInstalled())
    throw new Error('redis-server is not installed: apt-get install -y redis-server')
  const port = await freePort()
  let child: ChildProcess | null = null

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ]
      const spawned = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] })
      child = spawned
      let output = ''
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start:\n${output}`)),
        10_000,
      )
      spawned.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer)
          resolve()
        }
      })
      spawned.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`redis-server exited (${code}):\n${output}`))
      })
    })

  const kill = () =>
    new Promise<void>((resolve) => {
      const running = child
      child = null
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve()
      running.once('exit', () => resolve())
      running.kill('SIGKILL')
    })

  await start()
  return { url: `redis://127.0.0.1:${port}`, port, kill, start, stop: kill }
}
