import { execFileSync, spawn } from 'node:child_process'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Requirement } from '../harness/requirements.js'
import { progress } from '../harness/stats.js'
import type { Scenario } from './scenario.js'

/** The repository's root: the commands below run from there. */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

/**
 * `command` on every core: `pnpm bench` pins itself to the generator's core
 * and a child inherits that, but these benchmarks start and place their own
 * processes (Chromium, servers, PostgreSQL, nginx), as when run alone.
 */
function onEveryCore(command: string, args: string[]): [string, string[]] {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' })
  } catch {
    return [command, args] // no taskset: nothing was pinned either
  }
  return ['taskset', ['-c', `0-${cpus().length - 1}`, command, ...args]]
}

/**
 * What a benchmark printed between `<!-- bench:markdown -->` and
 * `<!-- /bench:markdown -->`: markdown of its own (tables), kept as it is,
 * while whatever its runner prints around it (vitest, pnpm) is left out.
 */
export function markdownIn(output: string): string | undefined {
  const match = /<!-- bench:markdown -->\n([\s\S]*?)\n<!-- \/bench:markdown -->/.exec(output)
  return match?.[1]
}

/**
 * A scenario measured by a benchmark that lives beside the code it measures
 * (the web app's in Chromium, the server's vitest benches): it runs as its
 * own process and what it prints becomes this scenario's section. None of
 * these has a reference server; each prints its own reference (a bare Konva
 * page, the main thread against the worker...). It runs on every core (see
 * `onEveryCore`); its output goes in a code block, unless it marks markdown
 * of its own (see `markdownIn`).
 */
export function externalScenario(
  name: string,
  title: string,
  command: string,
  args: string[],
  needs: readonly Requirement[] = [],
): Scenario {
  return {
    name,
    needs,
    async run() {
      progress(`${name}: ${command} ${args.join(' ')}`)
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(...onEveryCore(command, args), {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'inherit'],
        })
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
        markdownIn(output) ?? ['```', output.trimEnd(), '```'].join('\n'),
      ].join('\n')
    },
  }
}
