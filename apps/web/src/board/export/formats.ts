// The items of the export dialog, in the order they are listed. All but the
// board image are rendered by the server (`GET /api/workshops/:id/<file>`).

export type ExportId =
  | 'report'
  | 'markdown'
  | 'csvNotes'
  | 'csvRecommendations'
  | 'json'
  | 'docx'
  | 'png'

export type SummaryFile =
  | 'summary.html'
  | 'summary.md'
  | 'summary.csv'
  | 'summary.recommendations.csv'
  | 'summary.json'
  | 'summary.docx'

export type PreviewKind = 'report' | 'text' | 'table' | 'none' | 'png'

export interface ExportItem {
  id: ExportId
  /** Null for the board image, which the browser draws itself. */
  file: SummaryFile | null
  preview: PreviewKind
  /** Text formats can be copied to the clipboard. */
  copy: boolean
}

export const EXPORT_ITEMS: readonly ExportItem[] = [
  { id: 'report', file: 'summary.html', preview: 'report', copy: false },
  { id: 'markdown', file: 'summary.md', preview: 'text', copy: true },
  { id: 'csvNotes', file: 'summary.csv', preview: 'table', copy: true },
  { id: 'csvRecommendations', file: 'summary.recommendations.csv', preview: 'table', copy: true },
  { id: 'json', file: 'summary.json', preview: 'text', copy: true },
  { id: 'docx', file: 'summary.docx', preview: 'none', copy: false },
  { id: 'png', file: null, preview: 'png', copy: false },
]
