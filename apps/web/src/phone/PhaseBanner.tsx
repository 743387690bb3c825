import { useTranslation } from 'react-i18next'
import type { BoardMeta } from '../model'

/** What phase the room is in and what to do now, in one sentence. */
export function PhaseBanner({ meta }: { meta: BoardMeta }) {
  const { t } = useTranslation()
  return (
    <section className={`phase phase--${meta.phase}`} aria-live="polite">
      <p className="phase__name">{t(`phase.${meta.phase}.name`)}</p>
      <p className="phase__todo">
        {meta.locked
          ? t('phone.locked')
          : t(`phase.${meta.phase}.todo`, { count: meta.votesPerParticipant })}
      </p>
      {meta.silent ? <p className="phase__silent">{t('phone.silent')}</p> : null}
    </section>
  )
}
