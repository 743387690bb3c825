import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './free-port.js'

/** The nginx configuration files docker-compose.yml mounts, included as they are. */
const DEPLOY = fileURLToPath(new URL('../../../../deploy/nginx/', import.meta.url))

function nginxInstalled(): boolean {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

export interface TestNginx {
  url: string
  stop(): Promise<void>
}

/**
 * A real nginx (Debian's `nginx` package) on a free loopback port, in front
 * of `upstreams` (`127.0.0.1:<port>`), with the repository's
 * `deploy/nginx/*.conf` included: the same proxy rules as the compose file.
 * Missing, it throws with the command that installs it: never skipped.
 */
export async function startTestNginx(upstreams: string[]): Promise<TestNginx> {
  if (!nginxInstalled()) throw new Error('nginx is not installed: apt-get install -y nginx')
  const dir = mkdtempSync(join(tmpdir(), 'atelier-nginx-'))
  const port = await freePort()
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 2048; }
http {
  access_log off;
  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}
  include ${join(DEPLOY, 'websocket-upgrade.conf')};
  upstream atelier {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    include ${join(DEPLOY, 'atelier-proxy.conf')};
  }
}
`,
  )
  const child: ChildProcess = spawn(
    'nginx',
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let output = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk
  })
  const deadline = Date.now() + 10_000
  while (!(await accepting(port))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`nginx did not start:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
