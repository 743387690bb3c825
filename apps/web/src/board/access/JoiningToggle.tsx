import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setJoining, workshopInfo } from '../../api/client'

interface Props {
  workshopId: string
  token: string
}

/**
 * Closes and reopens joining to new phones (server state: the phone's join
 * page says `joining-closed`); phones already in keep working. Shows the
 * state the server reports, never a guess: the button waits for the answer.
 */
export function JoiningToggle({ workshopId, token }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<boolean | null>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let live = true
    workshopInfo(workshopId, token).then(
      (info) => live && setOpen(info.joiningOpen !== false),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [workshopId, token])

  const toggle = () => {
    if (open === null) return
    setBusy(true)
    setFailed(false)
    setJoining(workshopId, !open, token).then(
      (now) => {
        setOpen(now)
        setBusy(false)
      },
      () => {
        setFailed(true)
        setBusy(false)
      },
    )
  }

  return (
    <div className="joining" data-testid="joining-toggle" data-open={open ?? undefined}>
      <h3 className="joining__title">{t('gates.joiningTitle')}</h3>
      {open === null ? null : (
        <p className="hint" role="status">
          {open ? t('gates.joiningIsOpen') : t('gates.joiningIsClosed')}
        </p>
      )}
      <button
        type="button"
        className={`button button--small button--block${open ? '' : ' button--primary'}`}
        disabled={open === null || busy}
        aria-pressed={open === false}
        onClick={toggle}
      >
        {open === false ? t('gates.reopenJoining') : t('gates.closeJoining')}
      </button>
      {failed ? (
        <p className="error" role="alert">
          {t('gates.joiningFailed')}
        </p>
      ) : null}
    </div>
  )
}
