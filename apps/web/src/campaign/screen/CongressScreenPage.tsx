import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyWorkshopLanguage } from '../../i18n'
import { ScreenFooter } from './ScreenFooter'
import { ScreenGroupCard } from './ScreenGroupCard'
import {
  AUTO_ADVANCE_MS,
  nextPosition,
  previousPosition,
  resolvePage,
  type ScreenPosition,
} from './screenSteps'
import { usePages, useViewport } from './usePages'
import { useScreenCredential } from './useScreenCredential'
import { useScreenData } from './useScreenData'
import './congress-screen.css'

const FINAL_ERRORS = new Set(['token-revoked', 'token-expired', 'bad-key', 'unknown-campaign'])
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])

/**
 * `/c/<id>/screen#token=…`: the congress screen. One dimension at a time,
 * its regional recommendations ranked, with the territories they come from,
 * in type read from the back of a hall; a page at a time when they do not
 * fit. Arrow keys, a presenter's clicker (PageDown/PageUp), a click on the
 * screen or the buttons advance; `A` or the button turns auto-advance on
 * (`?auto` in the link starts with it). The draft follows the rooms live.
 */
export default function CongressScreenPage({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const credential = useScreenCredential(campaignId)
  const { projection, error, stream } = useScreenData(campaignId, credential)
  const [at, setAt] = useState<ScreenPosition>({ dimension: 0, page: 0 })
  const [auto, setAuto] = useState(() => new URLSearchParams(location.search).has('auto'))
  const list = useRef<HTMLOListElement>(null)
  const measure = useRef<HTMLOListElement>(null)
  const viewport = useViewport()

  const language = projection?.campaign.language
  useEffect(() => {
    if (language) applyWorkshopLanguage(language)
  }, [language])

  const dimensions = projection?.dimensions ?? []
  const count = dimensions.length
  const dimensionIndex = count === 0 ? 0 : Math.min(at.dimension, count - 1)
  const dimension = dimensions[dimensionIndex]
  // Every new projection is measured afresh: texts may have grown or shrunk.
  const version = useRef({ projection, n: 0 })
  if (version.current.projection !== projection)
    version.current = { projection, n: version.current.n + 1 }
  const fit = usePages(
    measure,
    list,
    `${dimension?.id}:${viewport.width}x${viewport.height}:${version.current.n}`,
  )
  const groups = dimension?.groups ?? []
  // Before the first measure (never painted: it happens before paint), the first few.
  const ranges = fit.pages ?? [{ start: 0, end: Math.min(groups.length, 5) }]
  const pages = ranges.length
  const page = resolvePage(at.page, pages)
  const range = ranges[page]!
  const shown = groups.slice(range.start, range.end)

  const step = useRef({ next: () => {}, previous: () => {} })
  step.current = {
    next: () => setAt(nextPosition({ dimension: dimensionIndex, page }, pages, count)),
    previous: () => setAt(previousPosition({ dimension: dimensionIndex, page }, pages, count)),
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter'))
        return
      if (NEXT_KEYS.has(event.key)) step.current.next()
      else if (PREVIOUS_KEYS.has(event.key)) step.current.previous()
      else if (event.key === 'a' || event.key === 'A') setAuto((on) => !on)
      else if (event.key === 'Home') setAt({ dimension: 0, page: 0 })
      else if (/^[1-9]$/.test(event.key)) setAt({ dimension: Number(event.key) - 1, page: 0 })
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Restarted by every step, so a manual step gets a whole period too.
  useEffect(() => {
    if (!auto) return
    const timer = setTimeout(() => step.current.next(), AUTO_ADVANCE_MS)
    return () => clearTimeout(timer)
  }, [auto, at])

  // A link that stopped (revoked, expired) shows why rather than an old draft.
  if (!credential || (error && (!projection || FINAL_ERRORS.has(error)))) {
    return (
      <main className="congress congress--message">
        <p role="alert">{t(errorKey(credential ? error : 'missing-key'))}</p>
      </main>
    )
  }
  if (!projection) {
    return (
      <main className="congress congress--message">
        <p>{t('app.loading')}</p>
      </main>
    )
  }
  return (
    <main
      className={`congress ${fit.dense ? 'congress--dense' : ''}`}
      data-testid="congress-screen"
      data-stream={stream}
    >
      <header className="congress__head">
        <p className="congress__campaign">
          <span className="congress__campaign-title">{projection.campaign.title}</span>
          <span className="congress__totals" data-testid="congress-totals">
            {t('congressScreen.totals', projection.totals)}
          </span>
          <span className="congress__version" data-testid="congress-version">
            {projection.version === 'draft'
              ? t('congressScreen.draft')
              : t('congressScreen.published', { version: projection.version })}
            {stream === 'live' ? ` · ${t('congressScreen.live')}` : ''}
          </span>
        </p>
        <h1 className="congress__dimension" data-testid="congress-dimension">
          {dimension?.title ?? t('congressScreen.noDimensions')}
        </h1>
      </header>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the window's (arrows, clicker), the click is the mouse's shortcut */}
      <ol
        ref={list}
        className="congress__list congress__shown"
        data-dimension={dimension?.id}
        onClick={() => step.current.next()}
      >
        {shown.map((group) => (
          <ScreenGroupCard key={group.id} group={group} />
        ))}
        {dimension && groups.length === 0 ? (
          <li className="congress__empty">{t('congressScreen.empty')}</li>
        ) : null}
      </ol>
      {/* Every group of the dimension, invisible, at the list's width: what the pages are cut from. */}
      <ol ref={measure} className="congress__list congress__measure" aria-hidden="true">
        {groups.map((group) => (
          <ScreenGroupCard key={group.id} group={group} measuring />
        ))}
      </ol>
      <ScreenFooter
        dimension={dimensionIndex + 1}
        dimensions={Math.max(1, count)}
        page={page + 1}
        pages={pages}
        auto={auto}
        onPrevious={() => step.current.previous()}
        onNext={() => step.current.next()}
        onAuto={() => setAuto((on) => !on)}
        stale={error !== null}
      />
    </main>
  )
}

function errorKey(code: string | null): string {
  switch (code) {
    case 'missing-key':
      return 'congressScreen.error.noKey'
    case 'bad-key':
      return 'congressScreen.error.badKey'
    case 'token-expired':
      return 'congressScreen.error.expired'
    case 'token-revoked':
      return 'congressScreen.error.revoked'
    case 'unknown-campaign':
      return 'congressScreen.error.unknown'
    case 'network':
      return 'congressScreen.error.network'
    default:
      return 'congressScreen.error.other'
  }
}
