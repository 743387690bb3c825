import { useTranslation } from 'react-i18next'
import type { BoardState } from '../model'

/**
 * What the projector shows, as text for assistive technology (and for
 * tests): the canvas itself is a picture. Hidden visually.
 */
export function ScreenTranscript({ board, hideNotes }: { board: BoardState; hideNotes: boolean }) {
  const { t } = useTranslation()
  const notes = Object.values(board.notes).filter((n) => !n.hidden)
  return (
    <section
      className="visually-hidden"
      aria-label={t('board.listLabel')}
      data-testid="screen-transcript"
    >
      {board.dimensions.map((dimension) => (
        <section key={dimension.id} aria-label={dimension.title}>
          <h2>{dimension.title}</h2>
          {hideNotes ? null : (
            <ul>
              {notes
                .filter((n) => n.dimension === dimension.id)
                .map((n) => (
                  <li key={n.id} data-note-id={n.id}>
                    {n.text}
                  </li>
                ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  )
}
