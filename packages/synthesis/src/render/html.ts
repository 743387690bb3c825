import { escapeHtml } from '@atelier/recommendations'
import type { Synthesis, SynthesisGroup } from '../schema.js'
import {
  campaignFacts,
  groupFigures,
  itemFigures,
  itemOrigin,
  keyFigures,
  titleOf,
  workshopHeader,
  workshopRow,
  workshopsById,
} from './facts.js'
import { SYNTHESIS_STYLE } from './html-style.js'
import { type SynthesisLabels, synthesisLabels } from './labels.js'

// Participant, facilitator and organiser text only enters the page through
// `esc` (HTML-escaped, line breaks as <br>); no script, no external resource.

const esc = (text: string) => escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>')

/**
 * The synthesis as one self-contained, printable HTML page (inline style, no
 * script): facts, key figures, missing territories, per dimension the groups
 * with their recommendation, rankings, territories and the workshop items
 * with their notes, and the annex of contributing workshops.
 */
export function renderSynthesisHtml(s: Synthesis): string {
  const l = synthesisLabels(s.campaign.language)
  const facts = campaignFacts(s)
    .map(([label, value]) => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`)
    .join('')
  const figures = keyFigures(s)
    .map(
      ([label, value]) =>
        `<div class="figure"><b>${esc(value)}</b><span>${esc(label)}</span></div>`,
    )
    .join('')
  const missing =
    s.missingTerritories.length === 0 ? esc(l.noMissing) : s.missingTerritories.map(esc).join(', ')
  const dimensions = s.dimensions
    .map((d, i) => {
      const groups =
        d.groups.length === 0
          ? `<p class="muted"><em>${esc(l.noGroup)}</em></p>`
          : d.groups.map((g, j) => groupHtml(g, `${i + 1}.${j + 1}`, s, l)).join('')
      return `<section class="dimension"><h2>${i + 1}. ${esc(d.title)}</h2>${groups}</section>`
    })
    .join('')
  const header = workshopHeader(l)
    .map((h) => `<th>${esc(h)}</th>`)
    .join('')
  const rows = s.workshops
    .map(
      (w) =>
        `<tr>${workshopRow(w, s)
          .map((v) => `<td>${esc(v)}</td>`)
          .join('')}</tr>`,
    )
    .join('')
  return [
    '<!doctype html>',
    `<html lang="${s.campaign.language}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${l.reportTitle[s.campaign.level]} — ${s.campaign.title}`)}</title>`,
    `<style>${SYNTHESIS_STYLE}</style></head><body>`,
    `<header><p class="kicker">${esc(l.reportTitle[s.campaign.level])}</p><h1>${esc(s.campaign.title)}</h1>`,
    `<dl class="facts">${facts}</dl>`,
    s.publication ? '' : `<p class="muted"><em>${esc(l.draft)}</em></p>`,
    `<h2>${esc(l.keyFigures)}</h2><div class="figures">${figures}</div>`,
    `<p><b>${esc(l.missingTerritories)}${esc(l.colon)}</b> ${missing}</p>`,
    `<p class="muted">${esc(l.rankingIntro)}</p><p class="muted">${esc(l.anonymity)}</p></header>`,
    dimensions,
    `<section class="annex"><h2>${esc(`${l.annex} — ${l.workshops}`)}</h2><p class="muted">${esc(l.annexIntro)}</p>`,
    `<table><thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table></section>`,
    '</body></html>',
    '',
  ].join('\n')
}

function groupHtml(g: SynthesisGroup, n: string, s: Synthesis, l: SynthesisLabels): string {
  const workshops = workshopsById(s)
  const recommendation =
    g.recommendation.trim() === ''
      ? `<p class="muted"><em>${esc(l.noRecommendation)}</em></p>`
      : `<p class="recommendation">${esc(g.recommendation)}</p>`
  const minority = g.minority
    ? `<p class="minority"><b>${esc(l.minority)}</b> — ${esc(l.minorityExplained)}</p>`
    : ''
  const territories =
    g.territories.length === 0
      ? ''
      : `<p class="muted">${esc(l.territories)}${esc(l.colon)} ${g.territories.map(esc).join(', ')}</p>`
  const items = g.items
    .map((item) => {
      const origin = esc(itemOrigin(item, s, workshops.get(item.workshopId)))
      const rec =
        item.recommendation.trim() === ''
          ? ''
          : `<p class="item-rec"><span class="muted">${esc(l.workshopRecommendation)}${esc(l.colon)}</span> ${esc(item.recommendation)}</p>`
      const notes = item.notes
        .map(
          (note) =>
            `<li>${esc(`${l.openQuote}${note.text.trim()}${l.closeQuote}`)} <span class="muted">— ${esc(note.author)}</span></li>`,
        )
        .join('')
      return `<li class="item"><p><b>${origin}</b> — ${esc(titleOf(item, l))} <span class="muted">${esc(itemFigures(item, s))}</span></p>${rec}<ul class="notes">${notes}</ul></li>`
    })
    .join('')
  return `<article class="group${g.minority ? ' is-minority' : ''}"><h3>${esc(`${n} ${titleOf(g, l)}`)}</h3>${recommendation}<p class="ranking">${esc(groupFigures(g, s))}</p>${territories}${minority}<h4>${esc(l.contributions)}</h4><ul class="items">${items}</ul></article>`
}
