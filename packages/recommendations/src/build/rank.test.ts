import { describe, expect, test } from 'vitest'
import { rankOrder } from './rank.js'

const rec = (clusterId: string, title: string, dots: number, voters: number, notes: number) => ({
  clusterId,
  title,
  dots,
  voters,
  notes: Array.from({ length: notes }, () => ({})),
})
const order = (items: ReturnType<typeof rec>[], language = 'fr') =>
  rankOrder(items, language).map((r) => r.clusterId)

describe('rankOrder tie-break rule', () => {
  test('more dots first', () => {
    expect(order([rec('a', 'A', 1, 9, 9), rec('b', 'B', 2, 1, 1)])).toEqual(['b', 'a'])
  })

  test('equal dots: more distinct voters first', () => {
    expect(order([rec('a', 'A', 4, 2, 9), rec('b', 'B', 4, 4, 1)])).toEqual(['b', 'a'])
  })

  test('equal dots and voters: more supporting notes first', () => {
    expect(order([rec('a', 'A', 4, 4, 1), rec('b', 'B', 4, 4, 3)])).toEqual(['b', 'a'])
  })

  test('then title in the workshop language, accents and case ignored, numbers as numbers', () => {
    expect(
      order([rec('1', 'Zèbre', 0, 0, 0), rec('2', 'école', 0, 0, 0), rec('3', 'Avenir', 0, 0, 0)]),
    ).toEqual(['3', '2', '1'])
    expect(order([rec('1', 'Axe 10', 0, 0, 0), rec('2', 'Axe 9', 0, 0, 0)])).toEqual(['2', '1'])
  })

  test('then cluster id, code unit by code unit', () => {
    expect(
      order([rec('c2', 'Même', 1, 1, 1), rec('c10', 'même', 1, 1, 1), rec('C3', 'MEME', 1, 1, 1)]),
    ).toEqual(['C3', 'c10', 'c2'])
  })

  test('clusters without dots end at the bottom', () => {
    expect(order([rec('a', 'A', 0, 0, 12), rec('b', 'B', 1, 1, 0)])).toEqual(['b', 'a'])
  })

  test('does not sort the input in place', () => {
    const items = [rec('a', 'A', 0, 0, 0), rec('b', 'B', 5, 1, 0)]
    rankOrder(items, 'en')
    expect(items.map((r) => r.clusterId)).toEqual(['a', 'b'])
  })
})
