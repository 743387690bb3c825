import { describe, expect, it } from 'vitest'
import { filenameFromDisposition } from './contentDisposition'

describe('filenameFromDisposition', () => {
  it('reads the quoted name the server sends', () => {
    expect(
      filenameFromDisposition(
        'attachment; filename="atelier-territorial-lyon-2021-06-10-notes.csv"',
        'x',
      ),
    ).toBe('atelier-territorial-lyon-2021-06-10-notes.csv')
  })

  it('reads a bare name and ignores the parameters after it', () => {
    expect(filenameFromDisposition('attachment; filename=report.docx; size=10', 'x')).toBe(
      'report.docx',
    )
  })

  it('prefers the UTF-8 extended form', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="synthese.md"; filename*=UTF-8''synth%C3%A8se%20Lyon.md`,
        'x',
      ),
    ).toBe('synthèse Lyon.md')
  })

  it('unescapes backslashes in a quoted name', () => {
    expect(filenameFromDisposition('attachment; filename="say \\"hi\\".txt"', 'x')).toBe(
      'say "hi".txt',
    )
  })

  it('strips directories and leading dots', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd')
    expect(filenameFromDisposition('attachment; filename="..\\.bashrc"', 'x')).toBe('bashrc')
  })

  it('falls back when there is no header, no name or a broken encoding', () => {
    expect(filenameFromDisposition(null, 'summary.json')).toBe('summary.json')
    expect(filenameFromDisposition('attachment', 'summary.json')).toBe('summary.json')
    expect(filenameFromDisposition('attachment; filename=""', 'summary.json')).toBe('summary.json')
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`, 'a.md')).toBe('a.md')
  })
})
