import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { csvPreview } from './csv'

/** Rows shown: enough to check the columns, few enough to render instantly. */
const PREVIEW_ROWS = 50
/** Counts and shares (decimal dot or, in French, comma): right-aligned so their digits line up. */
const NUMBER = /^-?\d+([.,]\d+)?$/

/** The first rows of a CSV file as a table, header included; one line per row, full cell text on hover. */
export function CsvTablePreview({ text }: { text: string }) {
  const { t } = useTranslation()
  const table = useMemo(() => csvPreview(text, PREVIEW_ROWS), [text])
  const caption =
    table.totalRows > table.rows.length
      ? t('export.rowsPartial', { shown: table.rows.length, total: table.totalRows })
      : t('export.rowsAll', { count: table.totalRows })
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="export-table" tabIndex={0}>
      <table>
        <caption>{table.totalRows === 0 ? t('export.noRows') : caption}</caption>
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td
                  key={c}
                  title={cell}
                  className={NUMBER.test(cell) ? 'export-table__number' : undefined}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
