import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import { dimensionTones } from './tones'

/** Silent mode: how many ideas came in, per dimension, and never their text. */
export function SilentCounts({ board }: { board: BoardState }) {
  const { t } = useTranslation()
  const notes = Object.values(board.notes).filter((n) => !n.hidden)
  const tones = dimensionTones(board.dimensions)
  return (
    <section className="screen__silent" data-testid="silent-counts">
      <p className="screen__silent-count" data-testid="screen-silent-count">
        {notes.length}
      </p>
      <p>{t('screen.silent', { count: notes.length })}</p>
      <ul className="silent__dimensions">
        {board.dimensions.map((d) => (
          <li key={d.id} style={{ borderColor: tones.get(d.id)?.edge }}>
            <span className="silent__count">
              {notes.filter((n) => n.dimension === d.id).length}
            </span>
            <span>{d.title}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
