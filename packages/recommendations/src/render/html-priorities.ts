import { escapeHtml } from '../escape/html.js'
import type { Labels } from '../labels.js'
import type { SessionSummary } from '../schema.js'
import { workshopFacts } from './facts.js'
import { markEmoji } from './html-emoji.js'
import { summaryWorkshopTitle, topPriorities } from './priorities.js'

// The report's first page: the workshop in one line, then the top
// recommendations of each dimension. Same escaping invariant as html.ts:
// every outside string goes through text() before it is concatenated.

const text = (value: string) => markEmoji(escapeHtml(value))

/** The "Synthèse : priorités" section; CSS breaks the page after it. */
export function prioritiesSection(summary: SessionSummary, l: Labels): string {
  const facts = workshopFacts(summary)
    .map(([label, value]) => `${text(label)}${text(l.colon)} <b>${text(value)}</b>`)
    .join(' · ')
  const dimensions = topPriorities(summary, l)
    .map((dimension) => {
      const items =
        dimension.items.length === 0
          ? `<p class="empty-state">${text(l.noVotes)}</p>`
          : `<ol class="priority-list">${dimension.items
              .map(
                (item) =>
                  `<li><div class="priority-head"><span class="priority-rank">${dimension.n}.${item.rank}</span><b class="priority-title">${text(item.title)}</b><span class="priority-figures"><b>${item.dots}</b> ${text(l.dots.toLowerCase())} · <b>${item.notes}</b> ${text(l.notes.toLowerCase())}</span></div>${
                    item.text === '' ? '' : `<p class="priority-text">${text(item.text)}</p>`
                  }</li>`,
              )
              .join('')}</ol>`
      return `<div class="priority-dimension"><h3>${dimension.n}. ${text(dimension.title)}</h3>${items}</div>`
    })
    .join('\n')
  return `<section class="priorities" id="priorities">
<div class="kicker">${text(l.reportTitle)}</div>
<h1 class="priorities-workshop">${text(summaryWorkshopTitle(summary))}</h1>
<p class="priorities-facts">${facts}</p>
<h2>${text(l.priorities)}</h2>
<p class="prompt">${text(l.prioritiesIntro)}</p>
${dimensions}
</section>`
}
