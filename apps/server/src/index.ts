export { type Dataset, DatasetSchema } from './seed/dataset.js'
export { type SeededWorkshop, type SeedOptions, seedWorkshop } from './seed/seed-workshop.js'
export { type RunningServer, type ServerOptions, startServer } from './server.js'
