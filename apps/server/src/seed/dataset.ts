import { z } from 'zod'

/**
 * A recorded workshop (the shape of `@atelier/fixtures`, `workshops/workshop-lyon.json`): who
 * took part, what they wrote, how the facilitator clustered it, how they
 * voted. Used to seed demos and to drive end-to-end tests.
 */
export const DatasetSchema = z.object({
  workshop: z.object({
    title: z.string(),
    territory: z.string().nullable().optional(),
    date: z.string().optional(),
    facilitator: z.string().nullable().optional(),
    language: z.enum(['fr', 'en']).default('fr'),
  }),
  dimensions: z.array(z.object({ id: z.string(), title: z.string(), prompt: z.string() })),
  participants: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  notes: z.array(
    z.object({
      id: z.string(),
      participant: z.string(),
      dimension: z.string(),
      text: z.string(),
      cluster: z.string().nullable().optional(),
    }),
  ),
  clusters: z.array(
    z.object({
      id: z.string(),
      dimension: z.string(),
      title: z.string(),
      recommendation: z.string().nullable().optional(),
    }),
  ),
  votes: z.array(
    z.object({ participant: z.string(), cluster: z.string(), count: z.number().int() }),
  ),
})

export type Dataset = z.infer<typeof DatasetSchema>
