// The printable page's only stylesheet, inlined so the file is self-contained
// (it is opened from disk or a download, offline, and must print the same).
// Print rules: A4 with real margins, the priorities summary alone on the
// first page, each dimension and the annex on a new page, headings kept with
// what follows and wrapped only between words (long French titles must not
// be cut "recomman-dations"), table rows never split. Emoji spans use colour
// emoji fonts first; the body stack ends with them for any emoji left.

export const HTML_STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #6b7280; } }
:root {
  --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --accent: #0f766e; --accent-soft: #ccfbf1; --paper: #fff;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: #f3f4f6; }
body {
  margin: 0 auto; max-width: 210mm; padding: 16mm; background: var(--paper); color: var(--ink);
  font: 10.5pt/1.5 "Inter", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji";
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
h1, h2, h3 {
  line-height: 1.25; break-after: avoid; page-break-after: avoid;
  hyphens: manual; -webkit-hyphens: manual; overflow-wrap: normal; word-break: normal; text-wrap: balance;
}
.emoji { font-family: "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif; font-style: normal; font-weight: normal; }
h1 { font-size: 22pt; margin: 0 0 6mm; }
h2 { font-size: 15pt; margin: 0 0 2mm; color: var(--accent); }
h3 { font-size: 12pt; margin: 7mm 0 2mm; }
p { margin: 0 0 3mm; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; color: var(--accent); font-weight: 600; margin-bottom: 3mm; }
section.priorities { break-after: page; page-break-after: always; }
.priorities-workshop { font-size: 18pt; margin: 0 0 1.5mm; }
.priorities-facts { font-size: 9pt; color: var(--muted); margin: 0 0 6mm; }
.priorities-facts b { color: var(--ink); font-weight: 600; }
.priorities h2 { font-size: 16pt; margin-bottom: 1mm; }
.priorities .prompt { margin-bottom: 3mm; }
.priority-dimension { break-inside: avoid; page-break-inside: avoid; }
.priority-dimension h3 { font-size: 11.5pt; margin: 3.5mm 0 1.5mm; padding-bottom: 1mm; border-bottom: 1px solid var(--rule); }
ol.priority-list { list-style: none; margin: 0; padding: 0; }
ol.priority-list li { margin: 0 0 2mm; break-inside: avoid; }
.priority-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 2.5mm; }
.priority-rank { min-width: 8mm; color: var(--accent); font-weight: 700; font-variant-numeric: tabular-nums; }
.priority-title { flex: 1 1 14em; min-width: 0; font-weight: 600; }
.priority-figures { margin-left: auto; font-size: 9pt; color: var(--muted); white-space: nowrap; }
.priority-figures b { color: var(--accent); }
.priority-text { margin: .3mm 0 0 10.5mm; font-size: 9.5pt; line-height: 1.35; }
.cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 26pt; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 0 0 10mm; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 0 0 8mm; }
.figure { border: 1px solid var(--rule); border-radius: 2mm; padding: 3mm; break-inside: avoid; }
.figure b { display: block; font-size: 16pt; color: var(--accent); }
.figure span { font-size: 8.5pt; color: var(--muted); }
.contents { margin-bottom: 8mm; }
.contents ol { padding-left: 5mm; margin: 0; }
.contents li { margin: 1mm 0; }
.contents a { color: inherit; text-decoration: none; }
.note-small { font-size: 8.5pt; color: var(--muted); }
section.dimension, section.annex { break-before: page; page-break-before: always; }
.prompt { font-style: italic; color: var(--muted); margin-bottom: 5mm; }
table.votes { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 4mm; font-size: 9.5pt; }
table.votes col.c-rank { width: 9mm; }
table.votes col.c-dots { width: 36mm; }
table.votes col.c-share { width: 23mm; }
table.votes col.c-num { width: 17mm; }
table.votes th { white-space: nowrap; font-weight: 600; font-size: 8.5pt; color: var(--muted); border-bottom: 1.5px solid var(--ink); padding: 1.5mm 2mm; text-align: right; }
table.votes th:nth-child(2) { text-align: left; }
table.votes td { border-bottom: 1px solid var(--rule); padding: 1.5mm 2mm; vertical-align: middle; text-align: right; font-variant-numeric: tabular-nums; }
table.votes td:nth-child(2) { text-align: left; }
table.votes tr { break-inside: avoid; page-break-inside: avoid; }
td.dots div { display: flex; align-items: center; gap: 2mm; }
td.dots b { min-width: 6mm; text-align: right; color: var(--accent); }
td.dots .track { flex: 1; height: 2.5mm; }
td.dots .track span { display: block; height: 100%; background: var(--accent); border-radius: 1mm; min-width: .6mm; }
.rec-head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.rec-text { margin: 0 0 2mm; padding: 2.5mm 4mm; background: var(--accent-soft); border-left: 1.2mm solid var(--accent); border-radius: 0 1.5mm 1.5mm 0; }
.rec-text.empty { background: none; border-left-color: var(--rule); color: var(--muted); font-style: italic; }
.rec-meta { font-size: 9pt; color: var(--muted); margin-bottom: 2mm; }
.notes-label { font-size: 9pt; font-weight: 600; margin: 2mm 0 1mm; break-after: avoid; page-break-after: avoid; }
ul.notes { margin: 0 0 2mm; padding-left: 5mm; }
ul.notes li { margin: .8mm 0; break-inside: avoid; white-space: pre-line; }
.author, .filed { color: var(--muted); font-size: 8.5pt; white-space: nowrap; }
.empty-state { color: var(--muted); font-style: italic; }
@media screen and (max-width: 640px) {
  body { padding: 8mm 5mm; }
}
@media print {
  html { background: none; }
  /* One page whatever people wrote: every block of the summary has a line budget. */
  .priorities-workshop, .priorities-facts, .priority-dimension h3, .priority-text { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
  .priority-title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  body { max-width: none; padding: 0; }
  .cover { min-height: 240mm; }
}
`
