import { LYON_PATH, lyonDataset } from '@atelier/fixtures'
import { type Dataset, DatasetSchema } from '../seed/dataset.js'

/** The realistic French workshop shipped in @atelier/fixtures. */
export { LYON_PATH }

export function loadLyon(): Dataset {
  return DatasetSchema.parse(lyonDataset())
}
