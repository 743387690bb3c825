import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { freePort } from './free-port.js'

/**
 * A real PostgreSQL for tests. `ATELIER_TEST_DATABASE_URL` (a superuser's
 * URL) uses that server; otherwise a throwaway cluster is made with
 * Debian's binaries (`initdb` in a temp dir, `pg_ctl` on a free port of
 * 127.0.0.1, its unix socket in the same dir), run as the `postgres` user
 * when the tests run as root (PostgreSQL refuses root). Each call of
 * `createDatabase` gives an empty database; `stop` drops them (or the cluster).
 */
export interface TestPostgres {
  /** A new empty database's URL. */
  createDatabase(): Promise<string>
  stop(): Promise<void>
}

const INSTALL_HINT =
  'PostgreSQL is not installed: apt-get install postgresql (or set ATELIER_TEST_DATABASE_URL to a server of yours)'

/**
 * Starts (or joins) a PostgreSQL server for this test file. `durable`
 * keeps fsync on (benchmarks); tests turn it off for speed, since what they
 * kill is the Atelier process, never PostgreSQL.
 */
export async function startTestPostgres({
  durable = false,
  /** Where Debian puts each version's binaries (a test points it elsewhere). */
  root = '/usr/lib/postgresql',
} = {}): Promise<TestPostgres> {
  const external = process.env.ATELIER_TEST_DATABASE_URL
  if (external) return onServer(external, async () => {})
  return startCluster(binDir(root), durable)
}

/**
 * `startTestPostgres` around the file's tests: `beforeAll` starts it,
 * `afterAll` stops it; `database()` gives a fresh database inside a test or hook.
 */
export function usePostgres(): { database(): Promise<string> } {
  let server: TestPostgres | undefined
  beforeAll(async () => {
    server = await startTestPostgres()
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
  }, 30_000)
  return {
    database() {
      if (!server) throw new Error('usePostgres: the server is not started (call it at file level)')
      return server.createDatabase()
    },
  }
}

function onServer(adminUrl: string, shutdown: () => Promise<void>): TestPostgres {
  const created: string[] = []
  const admin = async <T>(use: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    try {
      return await use(client)
    } finally {
      await client.end()
    }
  }
  return {
    async createDatabase() {
      const name = `atelier_test_${randomBytes(6).toString('hex')}`
      await admin((client) => client.query(`CREATE DATABASE ${name}`))
      created.push(name)
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return url.toString()
    },
    async stop() {
      if (process.env.ATELIER_TEST_DATABASE_URL)
        await admin(async (client) => {
          for (const name of created.splice(0))
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        })
      await shutdown()
    },
  }
}

/** The newest Debian PostgreSQL's bin directory, or a failure saying what to install. */
function binDir(root: string): string {
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (versions.length === 0) throw new Error(INSTALL_HINT)
  return join(root, versions[0]!, 'bin')
}

async function startCluster(bin: string, durable: boolean): Promise<TestPostgres> {
  const asRoot = process.getuid?.() === 0
  const dir = mkdtempSync(join(tmpdir(), 'atelier-pg-'))
  const data = join(dir, 'data')
  // PostgreSQL refuses to run as root: the cluster belongs to the `postgres` user then.
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool)
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args
    const result = spawnSync(command, argv, { encoding: 'utf8', timeout: 60_000 })
    if (result.status !== 0)
      throw new Error(
        `${tool} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}${result.error ? ` ${result.error.message}` : ''}`,
      )
  }
  if (asRoot) {
    let uid: number
    let gid: number
    try {
      uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
      gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    } catch {
      throw new Error(`no postgres user to run the test cluster as. ${INSTALL_HINT}`)
    }
    chownSync(dir, uid, gid)
  }
  run('initdb', [
    '-D',
    data,
    '-U',
    'atelier',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ])
  const logFile = join(dir, 'postgres.log')
  let port = 0
  // The free port may be taken between the probe and the start (test files start in parallel): try another.
  for (let attempt = 1; ; attempt++) {
    port = await freePort()
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=200',
      // A test cluster: speed over surviving a power cut (the server under test is what gets killed).
      ...(durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
    ].join(' ')
    try {
      run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', settings, 'start'])
      break
    } catch (error) {
      if (attempt < 3) continue
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
      rmSync(dir, { recursive: true, force: true })
      throw new Error(`${(error as Error).message}\n${log}`)
    }
  }
  let stopped = false
  const stopNow = () => {
    if (stopped) return
    stopped = true
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  // A test run that dies without its afterAll must not leave the cluster running.
  process.once('exit', stopNow)
  return onServer(`postgres://atelier@127.0.0.1:${port}/postgres`, async () => {
    process.off('exit', stopNow)
    stopNow()
  })
}
