import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { progress } from '../harness/stats.js'
import type { Scenario } from './scenario.js'

/** The repository's root: the commands below run from there. */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

/**
 * A scenario measured by a benchmark that lives beside the code it measures
 * (the web app's in Chromium, the server's vitest benches): it runs as its
 * own process and what it prints becomes this scenario's section. None of
 * these has a reference server; each prints its own reference (a bare Konva
 * page, the main thread against the worker...).
 */
export function externalScenario(
  name: string,
  title: string,
  command: string,
  args: string[],
): Scenario {
  return {
    name,
    async run() {
      progress(`${name}: ${command} ${args.join(' ')}`)
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk
        })
        child.once('error', reject)
        child.once('exit', (code) =>
          code === 0
            ? resolve(out)
            : reject(new Error(`${name}: ${command} exited ${code}\n${out}`)),
        )
      })
      return [
        `### ${title}`,
        '',
        `\`${command} ${args.join(' ')}\``,
        '',
        '```',
        output.trimEnd(),
        '```',
      ].join('\n')
    },
  }
}
