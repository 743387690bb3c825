import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Dataset, DatasetSchema } from '../seed/dataset.js'

/** The realistic French workshop shipped beside the repository (shared/data). */
export const LYON_PATH = fileURLToPath(
  new URL('../../../../../shared/data/workshop-lyon.json', import.meta.url),
)

export function loadLyon(): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(LYON_PATH, 'utf8')))
}
