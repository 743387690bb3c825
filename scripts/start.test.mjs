import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { root } from './lib.mjs'

// The README's first command on a checkout where nothing is installed or
// built yet. It broke once unnoticed: `pnpm test` builds everything first,
// so only a checkout without any dist folder shows a package `pnpm start`
// forgets to build.

const checkout = mkdtempSync(join(tmpdir(), 'atelier-start-'))
afterAll(() => rmSync(checkout, { recursive: true, force: true }))

/** The files git would check out (tracked, and new ones not ignored): no node_modules, no dist, no data. */
function freshCheckout() {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root },
  )
    .toString()
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)))
  for (const file of files) {
    mkdirSync(dirname(join(checkout, file)), { recursive: true })
    copyFileSync(join(root, file), join(checkout, file))
  }
  return files
}

/** Starts `node scripts/start.mjs` in the checkout; resolves with its address once it listens. */
function start() {
  const child = spawn(process.execPath, [join(checkout, 'scripts', 'start.mjs')], {
    cwd: checkout,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: join(checkout, 'data'),
      // start.mjs installs first; the store already holds every package of the lockfile.
      npm_config_offline: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk
      const port = /localhost:(\d+)\//.exec(output)?.[1]
      if (port) resolve(`http://127.0.0.1:${port}`)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`pnpm start exited with ${code}:\n${output}`)))
  })
  const stopped = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, listening, stopped }
}

describe('pnpm start', () => {
  it('builds what it serves on a checkout with nothing built, then serves the board and the phones', async () => {
    const files = freshCheckout()
    expect(files.some((file) => /(^|\/)(dist|node_modules)\//.test(file))).toBe(false)

    const server = start()
    const url = await server.listening
    try {
      const home = await fetch(`${url}/`)
      expect(home.status).toBe(200)
      expect(await home.text()).toContain('<div id="root">')

      const created = await fetch(`${url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Atelier du démarrage' }),
      })
      expect(created.status).toBe(201)
      const { code } = await created.json()
      // The phone's own build, at the link the QR code opens.
      const phone = await fetch(`${url}/j/${code}`)
      expect(phone.status).toBe(200)
      expect(await phone.text()).toMatch(/src="\/assets\/phone-[^"]+\.js"/)
    } finally {
      server.child.kill('SIGTERM')
    }
    // It stops cleanly on SIGTERM, as under a process manager.
    expect(await server.stopped).toEqual({ code: 0, signal: null })
  })
})
