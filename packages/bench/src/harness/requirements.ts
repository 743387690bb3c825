import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Something a scenario cannot run without, and how a Debian machine gets it. */
export interface Requirement {
  readonly what: string
  readonly present: () => boolean
  /** The Debian package that provides it. */
  readonly aptPackage: string
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export const command = (name: string, aptPackage = name): Requirement => ({
  what: name,
  present: () => onPath(name),
  aptPackage,
})

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The browser the web app's benches drive (playwright-core cannot download one here). */
export const chromium: Requirement = {
  what: `Chromium at ${CHROMIUM} (CHROMIUM_PATH)`,
  present: () => existsSync(CHROMIUM),
  aptPackage: 'chromium',
}

/** Debian's PostgreSQL server binaries: the bench starts a throwaway cluster with them. */
export const postgresServer: Requirement = {
  what: 'PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)',
  present: () => {
    const root = '/usr/lib/postgresql'
    return (
      existsSync(root) &&
      readdirSync(root).some((version) => existsSync(join(root, version, 'bin', 'initdb')))
    )
  },
  aptPackage: 'postgresql',
}

/** What the selected scenarios need and this machine lacks, one line each, by scenario. */
export function missingRequirements(
  scenarios: readonly { name: string; needs?: readonly Requirement[] }[],
): string[] {
  const missing: string[] = []
  for (const scenario of scenarios)
    for (const need of scenario.needs ?? [])
      if (!need.present())
        missing.push(`${scenario.name}: needs ${need.what} (apt-get install -y ${need.aptPackage})`)
  return missing
}
