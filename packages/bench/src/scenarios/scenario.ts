import type { Requirement } from '../harness/requirements.js'
import type { TargetName } from '../harness/table.js'

export interface Scenario {
  /** What `pnpm bench <name>` selects. */
  readonly name: string
  /** Checked before any scenario runs: a run of 20 minutes must not fail at its last step. */
  readonly needs?: readonly Requirement[]
  /** Runs against `targets` (server scenarios) and returns markdown for docs/benchmarks.md. */
  run(targets: readonly TargetName[]): Promise<string>
}

/** A positive number from the environment, or the default. */
export function setting(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
