import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { removeParticipantAccess } from '../../api/client'
import type { BoardState, Participant } from '../../model'

interface Props {
  state: BoardState
  workshopId: string
  token: string
}

/**
 * Who has joined, with a Remove action. Removal goes through the server (it
 * revokes the phone's token and stops its votes counting), never through the
 * board document alone; a confirmation step guards the irreversible part and
 * offers to delete the participant's notes too (the server does it).
 */
export function ParticipantsControl({ state, workshopId, token }: Props) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState<string | null>(null)
  // "Remove their notes too": off by default (their ideas usually stay on the board).
  const [withNotes, setWithNotes] = useState(false)
  const [failed, setFailed] = useState(false)
  const notesBy = new Map<string, number>()
  for (const note of Object.values(state.notes))
    notesBy.set(note.author, (notesBy.get(note.author) ?? 0) + 1)
  const people = Object.values(state.participants).sort(
    (a, b) => Number(a.removed) - Number(b.removed) || a.joinedAt - b.joinedAt,
  )
  const nameOf = (p: Participant) => p.name || t('participants.anonymous')
  const ask = (id: string) => {
    setWithNotes(false)
    setConfirming(id)
  }
  const remove = (p: Participant) => {
    setConfirming(null)
    // The server deletes the notes: it knows every author, the board may not.
    removeParticipantAccess(workshopId, p.id, token, { notes: withNotes }).then(
      () => setFailed(false),
      () => setFailed(true),
    )
  }
  return (
    <section className="participants" aria-labelledby="participants-title">
      <h2 id="participants-title" className="panel-title">
        {t('participants.title')} ({people.filter((p) => !p.removed).length})
      </h2>
      {people.length === 0 ? <p className="hint">{t('participants.none')}</p> : null}
      {failed ? (
        <p className="error" role="alert">
          {t('participants.failed')}
        </p>
      ) : null}
      <ul className="participants__list">
        {people.map((p) => (
          <li key={p.id} data-participant-id={p.id} data-removed={p.removed || undefined}>
            <span className="participants__name">{nameOf(p)}</span>
            <span className="hint">
              {p.removed
                ? t('participants.removed')
                : t('participants.notes', { count: notesBy.get(p.id) ?? 0 })}
            </span>
            {p.removed ? null : (
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('participants.removeNamed', { name: nameOf(p) })}
                onClick={() => ask(p.id)}
              >
                {t('participants.remove')}
              </button>
            )}
            {confirming === p.id ? (
              <div className="participants__confirm" role="alertdialog" aria-live="assertive">
                <p>{t('participants.confirm', { name: nameOf(p) })}</p>
                {/* Offered even when the board shows no count: authors may live only on the server. */}
                <label className="participants__notes-choice">
                  <input
                    type="checkbox"
                    checked={withNotes}
                    onChange={(event) => setWithNotes(event.target.checked)}
                  />
                  {notesBy.get(p.id)
                    ? t('gates.removeNotes', { count: notesBy.get(p.id) })
                    : t('gates.removeAnyNotes')}
                </label>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => remove(p)}
                  >
                    {t('participants.confirmYes')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setConfirming(null)}
                  >
                    {t('participants.cancel')}
                  </button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
