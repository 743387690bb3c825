import { describe, expect, test } from 'vitest'
import { buildSynthesis } from '../build/build-synthesis.js'
import { lyonCampaign, lyonSources } from '../test-support/lyon-territories.js'
import { unzipText, wordText } from '../test-support/unzip.js'
import { renderSynthesisDocx } from './docx.js'
import { renderSynthesisHtml } from './html.js'
import { renderSynthesisMarkdown } from './markdown.js'

// A published version names itself in every readable export: its number,
// its date, who published it and its whole content hash, and no longer says
// "draft".

const hash = 'a'.repeat(64)
const published = buildSynthesis(lyonCampaign(), lyonSources(), undefined, {
  publication: {
    version: 3,
    contentHash: hash,
    publishedAt: '2021-09-01T10:00:00.000Z',
    publishedBy: 'Camille',
  },
})
const draft = buildSynthesis(lyonCampaign(), lyonSources())

describe('a published version in its exports', () => {
  test('Markdown and HTML name version, date, author and hash; the draft says draft', () => {
    const md = renderSynthesisMarkdown(published)
    expect(md).toContain('3 (1 septembre 2021 par Camille)')
    expect(md).toContain(hash)
    expect(md).not.toContain('Brouillon')
    expect(renderSynthesisMarkdown(draft)).not.toContain(hash)
    const html = renderSynthesisHtml(published)
    expect(html).toContain('Empreinte SHA-256')
    expect(html).toContain(hash)
  })

  test('DOCX names them on its cover, dated by the publication', async () => {
    const files = unzipText(await renderSynthesisDocx(published))
    const text = wordText(files.get('word/document.xml')!)
    expect(text).toContain('Empreinte SHA-256')
    expect(text).toContain(hash)
    expect(files.get('docProps/core.xml')).toContain('2021-09-01T10:00:00.000Z')
  })
})

describe('a hostile name typed by the publisher', () => {
  test('is text in Markdown and HTML, never markup', () => {
    const hostile = buildSynthesis(lyonCampaign(), lyonSources(), undefined, {
      publication: {
        version: 1,
        contentHash: hash,
        publishedAt: '2021-09-01T10:00:00.000Z',
        publishedBy: '<img src=x onerror=alert(1)> **gras** [lien](http://x)',
      },
    })
    const html = renderSynthesisHtml(hostile)
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    const md = renderSynthesisMarkdown(hostile)
    expect(md).not.toContain('**gras**')
    expect(md).not.toContain('[lien](http://x)')
  })
})
