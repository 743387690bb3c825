import { useTranslation } from 'react-i18next'
import { AUTO_ADVANCE_MS } from './screenSteps'

interface Props {
  dimension: number
  dimensions: number
  page: number
  pages: number
  auto: boolean
  /** The last refresh failed: what is shown may be behind the rooms. */
  stale: boolean
  onPrevious(): void
  onNext(): void
  onAuto(): void
}

/** Where the screen is, and the buttons to move (the keys do the same). */
export function ScreenFooter(props: Props) {
  const { t } = useTranslation()
  return (
    <footer className="congress__foot">
      <button type="button" className="congress__button" onClick={props.onPrevious}>
        {t('congressScreen.previous')}
      </button>
      <p className="congress__where" data-testid="congress-where" aria-live="polite">
        {/* Each part on one line: "page 1 sur" never ends a line with "4" below. */}
        <span>
          {t('congressScreen.position', {
            dimension: props.dimension,
            dimensions: props.dimensions,
          })}
        </span>
        {props.pages > 1 ? (
          <span>{` · ${t('congressScreen.page', { page: props.page, pages: props.pages })}`}</span>
        ) : null}
        {props.stale ? <span>{` · ${t('congressScreen.stale')}`}</span> : null}
      </p>
      <button
        type="button"
        className="congress__button"
        aria-pressed={props.auto}
        onClick={props.onAuto}
      >
        {t('congressScreen.auto', { seconds: AUTO_ADVANCE_MS / 1000 })}
      </button>
      <button
        type="button"
        className="congress__button congress__button--next"
        onClick={props.onNext}
      >
        {t('congressScreen.next')}
      </button>
    </footer>
  )
}
