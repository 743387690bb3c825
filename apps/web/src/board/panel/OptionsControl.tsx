import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type BoardMeta, setLocked, setSilent } from '../../model'
import { FACILITATOR } from '../canvas/controller'

/** Silent mode (with its one-tap reveal) and the board lock. */
export function OptionsControl({ doc, meta }: { doc: Y.Doc; meta: BoardMeta }) {
  const { t } = useTranslation()
  return (
    <section className="options-control" aria-labelledby="options-title">
      <h2 id="options-title" className="panel-title">
        {t('board.options')}
      </h2>
      <label className="check">
        <input
          type="checkbox"
          checked={meta.silent}
          onChange={(e) => setSilent(doc, e.target.checked, FACILITATOR)}
        />
        <span>
          {t('board.silent')}
          <span className="hint check__hint">{t('board.silentHint')}</span>
        </span>
      </label>
      {meta.silent ? (
        <button
          type="button"
          className="button button--primary button--block"
          onClick={() => setSilent(doc, false, FACILITATOR)}
        >
          {t('board.reveal')}
        </button>
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={meta.locked}
          onChange={(e) => setLocked(doc, e.target.checked, FACILITATOR)}
        />
        <span>
          {t('board.locked')}
          <span className="hint check__hint">{t('board.lockedHint')}</span>
        </span>
      </label>
    </section>
  )
}
