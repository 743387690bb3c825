// The printable page's only stylesheet, inlined so the file is self-contained.
// Same look as the session summary: A4, each dimension on a new page,
// headings kept with what follows, table rows never split.

export const SYNTHESIS_STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
:root { --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --accent: #0f766e; --accent-soft: #e6f6f4; color-scheme: light; }
* { box-sizing: border-box; }
html { background: #f3f4f6; }
body { margin: 0 auto; max-width: 210mm; padding: 16mm; background: #fff; color: var(--ink);
  font: 10.5pt/1.5 "Inter", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif, "Noto Color Emoji", "Segoe UI Emoji";
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; hyphens: manual; text-wrap: balance; }
h1 { font-size: 22pt; margin: 0 0 6mm; }
h2 { font-size: 15pt; margin: 6mm 0 2mm; color: var(--accent); }
h3 { font-size: 12pt; margin: 7mm 0 2mm; }
h4 { font-size: 10pt; margin: 3mm 0 1mm; color: #374151; }
p { margin: 0 0 2mm; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; color: var(--accent); font-weight: 600; }
.muted { color: var(--muted); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 0 0 6mm; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; font-weight: 600; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 0 0 6mm; }
.figure { border: 1px solid var(--rule); border-radius: 2mm; padding: 3mm; }
.figure b { display: block; font-size: 16pt; color: var(--accent); } .figure span { font-size: 8.5pt; color: var(--muted); }
section.dimension, section.annex { break-before: page; page-break-before: always; }
.group { break-inside: avoid-page; border-top: 1px solid var(--rule); padding-top: 2mm; }
.recommendation { border-left: 3px solid var(--accent); background: var(--accent-soft); padding: 2mm 3mm; }
.ranking { font-size: 9pt; font-weight: 600; }
.minority { font-size: 9pt; border-left: 3px solid #b45309; padding-left: 2mm; }
ul.items { padding-left: 4mm; } li.item { margin: 0 0 2mm; }
.item-rec { font-size: 9.5pt; margin-left: 2mm; }
ul.notes { font-size: 9pt; color: #374151; margin: 0; padding-left: 5mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { text-align: left; padding: 1.2mm 2mm; border-bottom: 1px solid var(--rule); }
tr { break-inside: avoid; }
`
