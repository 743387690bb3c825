import { fanOutScenario } from './fan-out.js'
import type { Scenario } from './scenario.js'

/** Every scenario, in the order `pnpm bench` runs them (the numbering). */
export const scenarios: Scenario[] = [fanOutScenario]
