import type { z } from 'zod'

// Cross-field rules of a synthesis that a JSON Schema cannot say, checked on
// every parse so an imported file that was edited or truncated is refused
// with reasons. Structural typing only: this runs inside the schema's
// superRefine, before the type exists.

interface Shape {
  workshops: { id: string; dots: number }[]
  missingTerritories: string[]
  expectedTerritories: string[]
  dimensions: {
    id: string
    groups: {
      id: string
      territories: string[]
      ranking: { dots: number; equalWorkshopScore: number; breadth: number }
      items: { id: string; workshopId: string; territory: string | null; dots: number }[]
    }[]
  }[]
  totals: { workshops: number; items: number; groups: number; dots: number }
}

/** Adds one issue per broken rule to `ctx`. */
export function checkSynthesisConsistency(s: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  const problem = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message })
  const workshops = new Set<string>()
  s.workshops.forEach((w, i) => {
    if (workshops.has(w.id)) problem(['workshops', i, 'id'], `duplicate workshop id ${w.id}`)
    workshops.add(w.id)
  })
  const dimensionIds = new Set<string>()
  const groupIds = new Set<string>()
  const itemIds = new Set<string>()
  let items = 0
  let groups = 0
  let dots = 0
  s.dimensions.forEach((d, di) => {
    if (dimensionIds.has(d.id)) problem(['dimensions', di, 'id'], `duplicate dimension id ${d.id}`)
    dimensionIds.add(d.id)
    d.groups.forEach((g, gi) => {
      const at = ['dimensions', di, 'groups', gi]
      groups += 1
      if (groupIds.has(g.id)) problem([...at, 'id'], `duplicate group id ${g.id}`)
      groupIds.add(g.id)
      if (g.items.length === 0) problem([...at, 'items'], 'a group holds at least one item')
      g.items.forEach((item, ii) => {
        items += 1
        if (itemIds.has(item.id)) problem([...at, 'items', ii, 'id'], `duplicate item ${item.id}`)
        itemIds.add(item.id)
        if (!workshops.has(item.workshopId)) {
          problem([...at, 'items', ii, 'workshopId'], `unknown workshop ${item.workshopId}`)
        }
      })
      const sum = g.items.reduce((total, item) => total + item.dots, 0)
      dots += sum
      if (g.ranking.dots !== sum) problem([...at, 'ranking', 'dots'], `should be ${sum}`)
      const breadth = new Set(g.items.map((item) => item.workshopId)).size
      if (g.ranking.breadth !== breadth)
        problem([...at, 'ranking', 'breadth'], `should be ${breadth}`)
    })
  })
  if (s.totals.workshops !== s.workshops.length) problem(['totals', 'workshops'], 'does not match')
  if (s.totals.items !== items) problem(['totals', 'items'], `should be ${items}`)
  if (s.totals.groups !== groups) problem(['totals', 'groups'], `should be ${groups}`)
  if (s.totals.dots !== dots) problem(['totals', 'dots'], `should be ${dots}`)
  const expected = new Set(s.expectedTerritories)
  s.missingTerritories.forEach((t, i) => {
    if (!expected.has(t)) problem(['missingTerritories', i], `${t} is not an expected territory`)
  })
}
