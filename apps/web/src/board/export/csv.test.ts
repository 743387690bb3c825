import { describe, expect, it } from 'vitest'
import { csvPreview, detectSeparator, parseCsv } from './csv'

describe('parseCsv', () => {
  it('splits plain fields and CRLF lines', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
  })

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"x, y","say ""hi""","two\r\nlines"\r\n')).toEqual([
      ['x, y', 'say "hi"', 'two\r\nlines'],
    ])
  })

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(parseCsv('a,,""\r\n,b,\r\n')).toEqual([
      ['a', '', ''],
      ['', 'b', ''],
    ])
  })

  it('drops the byte order mark and accepts LF and a missing final line end', () => {
    expect(parseCsv('\uFEFFDimension,Note\nVision,Équité')).toEqual([
      ['Dimension', 'Note'],
      ['Vision', 'Équité'],
    ])
  })

  it('keeps a quote that does not open a field as text', () => {
    expect(parseCsv('5" screen,ok\r\n')).toEqual([['5" screen', 'ok']])
  })

  it('gives no row for empty text', () => {
    expect(parseCsv('')).toEqual([])
    expect(parseCsv('\uFEFF')).toEqual([])
  })

  it('keeps blank lines as rows of one empty field', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']])
  })
})

describe('csvPreview', () => {
  it('separates the header and cuts the rows, counting them all', () => {
    const text = 'h1,h2\r\n1,a\r\n2,b\r\n3,c\r\n'
    expect(csvPreview(text, 2)).toEqual({
      header: ['h1', 'h2'],
      rows: [
        ['1', 'a'],
        ['2', 'b'],
      ],
      totalRows: 3,
    })
  })

  it('is empty for empty text', () => {
    expect(csvPreview('', 5)).toEqual({ header: [], rows: [], totalRows: 0 })
  })
})

describe('French exports: semicolons', () => {
  it('detects the separator from the header line, ignoring quoted text', () => {
    expect(detectSeparator('\uFEFFDimension;Rang dans la dimension;Texte de la note\r\n')).toBe(';')
    expect(detectSeparator('Dimension,Rank,Note text\r\n')).toBe(',')
    expect(detectSeparator('"a;b;c",d,e\r\n')).toBe(',')
    expect(detectSeparator('')).toBe(',')
  })

  it('splits on semicolons, keeps commas (decimal or not) inside fields', () => {
    const text =
      '\uFEFFDimension;Part (%);Texte de la note\r\nVision;42,11;"Oui; et non, ""vraiment"""\r\n'
    expect(parseCsv(text)).toEqual([
      ['Dimension', 'Part (%)', 'Texte de la note'],
      ['Vision', '42,11', 'Oui; et non, "vraiment"'],
    ])
  })

  it('honours an explicit separator', () => {
    expect(parseCsv('a;b,c\r\n', ',')).toEqual([['a;b', 'c']])
  })
})
