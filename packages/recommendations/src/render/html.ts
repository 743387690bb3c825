import { escapeHtml } from '../escape/html.js'
import { formatShare, type Labels, labelsFor } from '../labels.js'
import type {
  Recommendation,
  SessionSummary,
  SummaryDimension,
  UnclusteredNote,
} from '../schema.js'
import {
  generatedLine,
  hasUnclustered,
  keyFigures,
  recommendationTitle,
  workshopFacts,
} from './facts.js'
import { markEmoji } from './html-emoji.js'
import { prioritiesSection } from './html-priorities.js'
import { HTML_STYLE } from './html-style.js'

// Invariant: every string that did not come from this file or the labels
// table passes through esc() (element content: escaped, emoji marked) or
// escapeHtml() (attributes, <title>) before it is concatenated. The page also
// carries a Content-Security-Policy that forbids scripts, as a second line of
// defence.

const esc = (text: string) => markEmoji(escapeHtml(text))

/**
 * A self-contained, printable HTML page of the summary: a first page
 * "Synthèse : priorités" with the top recommendations of each dimension, a
 * title page with the facts, key figures and contents, one page-broken section per dimension
 * (votes table with bars, each recommendation with its quoted notes), and an
 * annex of unclustered notes. "Save as PDF" from a browser gives the report.
 *
 * @example
 * ```ts
 * return c.html(renderHtml(buildSummary(snapshot)))
 * ```
 */
export function renderHtml(summary: SessionSummary): string {
  const { workshop } = summary
  const l = labelsFor(workshop.language)
  const body = [
    prioritiesSection(summary, l),
    cover(summary, l),
    ...summary.dimensions.map((d, i) => dimensionSection(d, i + 1, summary, l)),
    hasUnclustered(summary) ? annex(summary, l) : '',
  ].join('\n')
  return `<!doctype html>
<html lang="${workshop.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`${l.reportTitle} — ${workshop.title}`)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
}

function cover(summary: SessionSummary, l: Labels): string {
  const facts = workshopFacts(summary)
    .map(([label, value]) => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`)
    .join('')
  const figures = keyFigures(summary, true)
    .map(
      ([label, value]) =>
        `<div class="figure"><b>${esc(value)}</b><span>${esc(label)}</span></div>`,
    )
    .join('')
  const contents = summary.dimensions
    .map((d, i) => `<li><a href="#dimension-${i + 1}">${esc(d.title)}</a></li>`)
    .concat(
      hasUnclustered(summary)
        ? [`<li><a href="#annex">${esc(`${l.annex} — ${l.unclustered}`)}</a></li>`]
        : [],
    )
    .join('')
  const generated = generatedLine(summary)
  return `<section class="cover">
<div class="kicker">${esc(l.reportTitle)}</div>
<h1>${esc(summary.workshop.title)}</h1>
<dl class="facts">${facts}</dl>
<div class="figures">${figures}</div>
<nav class="contents"><h3>${esc(l.contents)}</h3><ol>${contents}</ol></nav>
<p class="note-small">${esc(l.anonymity)}</p>${generated ? `<p class="note-small">${esc(generated)}</p>` : ''}
</section>`
}

function dimensionSection(
  dimension: SummaryDimension,
  n: number,
  summary: SessionSummary,
  l: Labels,
): string {
  const head = `<h2>${n}. ${esc(dimension.title)}</h2>${
    dimension.prompt.trim() === '' ? '' : `<p class="prompt">${esc(dimension.prompt)}</p>`
  }`
  const content =
    dimension.recommendations.length === 0
      ? `<p class="empty-state">${esc(l.noRecommendation)}</p>`
      : `${votesTable(dimension, summary, l)}\n${dimension.recommendations.map((rec) => recommendation(rec, n, l)).join('\n')}`
  return `<section class="dimension" id="dimension-${n}">\n${head}\n${content}\n</section>`
}

function votesTable(dimension: SummaryDimension, summary: SessionSummary, l: Labels): string {
  const lang = summary.workshop.language
  const top = Math.max(...dimension.recommendations.map((r) => r.dots), 1)
  const rows = dimension.recommendations
    .map((rec) => {
      const bar = `<span class="track"><span style="width:${((rec.dots / top) * 100).toFixed(1)}%"></span></span>`
      return `<tr><td class="num">${rec.rank}</td><td>${esc(recommendationTitle(rec, l))}</td><td class="dots"><div><b>${rec.dots}</b>${bar}</div></td><td class="num">${esc(formatShare(rec.shareOfDimension, lang))}</td><td class="num">${esc(formatShare(rec.shareOfSession, lang))}</td><td class="num">${rec.voters}</td><td class="num">${rec.notes.length}</td></tr>`
    })
    .join('\n')
  const th = (label: string, title: string) => `<th title="${escapeHtml(title)}">${esc(label)}</th>`
  return `<table class="votes">
<colgroup><col class="c-rank"><col><col class="c-dots"><col class="c-share"><col class="c-share"><col class="c-num"><col class="c-num"></colgroup>
<thead><tr>${th(l.rank, l.rank)}${th(l.recommendation, l.recommendation)}${th(l.dots, l.dots)}${th(l.shareOfDimensionShort, l.shareOfDimension)}${th(l.shareOfSessionShort, l.shareOfSession)}${th(l.voters, l.voters)}${th(l.notesShort, l.notes)}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}

function recommendation(rec: Recommendation, n: number, l: Labels): string {
  const text =
    rec.text === ''
      ? `<p class="rec-text empty">${esc(l.noText)}</p>`
      : `<p class="rec-text">${esc(rec.text)}</p>`
  const meta = `<p class="rec-meta">${esc(l.dots)}${esc(l.colon)} <b>${rec.dots}</b> · ${esc(l.voters)}${esc(l.colon)} <b>${rec.voters}</b></p>`
  const notes =
    rec.notes.length === 0
      ? ''
      : `<p class="notes-label">${esc(l.supportingNotes)}</p><ul class="notes">${rec.notes
          .map((note) => noteItem(note.text, note.author, '', l))
          .join('')}</ul>`
  return `<article class="rec"><div class="rec-head"><h3>${n}.${rec.rank} ${esc(recommendationTitle(rec, l))}</h3>${text}${meta}</div>${notes}</article>`
}

function annex(summary: SessionSummary, l: Labels): string {
  const parts = summary.dimensions
    .filter((d) => d.unclustered.length > 0)
    .map(
      (d) =>
        `<h3>${esc(d.title)}</h3><ul class="notes">${d.unclustered.map((note) => unclustered(note, l)).join('')}</ul>`,
    )
  return `<section class="annex" id="annex">
<h2>${esc(`${l.annex} — ${l.unclustered}`)}</h2>
<p class="prompt">${esc(l.annexIntro)}</p>
${parts.join('\n')}
</section>`
}

function unclustered(note: UnclusteredNote, l: Labels): string {
  const filed = note.cluster
    ? ` <span class="filed">(${esc(`${l.filedUnder} ${l.openQuote}${note.cluster.title}${l.closeQuote}`)})</span>`
    : ''
  return noteItem(note.text, note.author, filed, l)
}

/** `extra` is already-escaped markup. */
function noteItem(text: string, author: string, extra: string, l: Labels): string {
  return `<li>${esc(`${l.openQuote}${text.trim()}${l.closeQuote}`)} <span class="author">— ${esc(author)}</span>${extra}</li>`
}
