import { describe, expect, it } from 'vitest'
import en from '../../i18n/en.json'
import fr from '../../i18n/fr.json'
import * as registry from './index'
import type { BoardAction } from './types'

function lookup(strings: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], strings)
}

const actions = Object.values(registry).filter(
  (value): value is BoardAction<unknown[], unknown> =>
    typeof value === 'object' && value !== null && 'perform' in value,
)

describe('the action registry', () => {
  it('holds every action once, each labelled in French and English', () => {
    expect(actions.length).toBeGreaterThanOrEqual(10)
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length)
    for (const action of actions) {
      expect(typeof lookup(fr, action.labelKey), `${action.id} fr`).toBe('string')
      expect(typeof lookup(en, action.labelKey), `${action.id} en`).toBe('string')
    }
  })
})
