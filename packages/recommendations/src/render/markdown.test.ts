import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { renderMarkdown } from './markdown.js'

const summary = buildSummary(lyonSnapshot())
const md = renderMarkdown(summary)
const lines = md.split('\n')

describe('renderMarkdown', () => {
  test('has the workshop title, its facts, and French labels for a French workshop', () => {
    expect(lines[0]).toBe(
      '# Atelier territorial Lyon Métropole – préparation des congrès SCOP & SCIC',
    )
    expect(md).toContain('- **Date\u00a0:** 10 juin 2021')
    expect(md).toContain("- **Animation\u00a0:** Kaléido'Scop")
    expect(md).toContain('- **Participants\u00a0:** 38')
  })

  test('the priorities summary first, then one level-2 heading per dimension, in order, then the annex', () => {
    const headings = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3))
    expect(headings).toEqual([
      'Synthèse\u00a0: priorités',
      'Chiffres clés',
      '1. Notre vision de la société et le rôle des coopératives comme actrices du changement',
      "2. L'efficacité du mouvement",
      '3. Le développement du réseau',
      'Annexe — Contributions non regroupées',
    ])
  })

  test('a votes table per dimension, rows in rank order', () => {
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l))
    expect(rows).toHaveLength(summary.totals.recommendations)
    expect(rows[0]).toMatch(
      /^\| 1 \| Rendre le modèle visible \| 24 \| 42,1.% \| 17,4.% \| 20 \| 13 \|$/,
    )
  })

  test('recommendations keep their rank in their heading, and their text as a quote', () => {
    expect(md).toContain('### 2.1 Former les nouveaux associés')
    expect(md).toContain("> Créer un parcours d'intégration")
  })

  test('every visible note is quoted with its anonymous author', () => {
    const quoted = lines.filter((l) => /^- «\s.*\s» — P\d\d/.test(l))
    expect(quoted).toHaveLength(summary.totals.notes)
  })

  test('English workshop, English labels and date', () => {
    const snapshot = lyonSnapshot()
    const en = renderMarkdown(
      buildSummary({ ...snapshot, workshop: { ...snapshot.workshop, language: 'en' } }),
    )
    expect(en).toContain('*Workshop summary*')
    expect(en).toContain('- **Date:** 10 June 2021')
    expect(en).toContain('## Annex — Unclustered notes')
  })
})

test('the priorities summary lists the top three of each dimension with dots and notes', () => {
  const section = md.slice(md.indexOf('## Synthèse'), md.indexOf('## Chiffres clés'))
  for (const [d, dimension] of summary.dimensions.entries()) {
    for (const rec of dimension.recommendations.slice(0, 3)) {
      expect(section).toContain(
        `- **${d + 1}.${rec.rank} ${rec.title}** — ${rec.dots} gommettes · ${rec.notes.length} contributions\\\n`,
      )
    }
  }
})
