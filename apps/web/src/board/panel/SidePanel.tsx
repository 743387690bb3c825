import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { FacilitatorCampaignLinks } from '../../campaign/territory/FacilitatorCampaignLinks'
import type { BoardState, VoteProgress } from '../../model'
import type { Room } from '../../sync/room'
import { useConnectedParticipants } from '../../sync/usePresence'
import { AccessSection } from '../access/AccessSection'
import { PresenterControl } from '../presenter/PresenterControl'
import type { Selection } from '../store/selection'
import { JoinCard } from './JoinCard'
import { OptionsControl } from './OptionsControl'
import { ParticipantsControl } from './ParticipantsControl'
import { PhaseControl } from './PhaseControl'
import { ShareResults } from './ShareResults'
import { TimerControl } from './TimerControl'
import { VoteControl } from './VoteControl'

interface Props {
  board: Room
  /** The layout doc: what the projector shows is written there. */
  layoutDoc: Y.Doc
  selection: Selection
  state: BoardState
  workshopId: string
  screenToken: string
  code: string | null
  /** Facilitator token, for the participant removal endpoint. */
  token: string
  /** Live vote counts from the private room. */
  live: Readonly<Record<string, number>>
  /** How many have voted, out of how many, from the private room (null until written). */
  progress: VoteProgress | null
  /** Opens the workshop settings (title, dimensions, questions, save as template). */
  onOpenSettings?: () => void
}

/** Everything the facilitator steers the room with, beside the canvas. */
export function SidePanel(props: Props) {
  const {
    board,
    layoutDoc,
    selection,
    state,
    workshopId,
    screenToken,
    code,
    token,
    live,
    progress,
    onOpenSettings,
  } = props
  const { t } = useTranslation()
  const connected = useConnectedParticipants(board)
  const notes = Object.keys(state.notes).length
  const screenUrl = `/w/${encodeURIComponent(workshopId)}/screen#${new URLSearchParams({ token: screenToken, ...(code ? { code } : {}) })}`
  return (
    <aside className="side-panel" aria-label={t('board.panel')}>
      <JoinCard code={code} />
      <dl className="counts">
        <div>
          <dt>{t('counts.people')}</dt>
          <dd data-testid="connected-count">{connected}</dd>
        </div>
        <div>
          <dt>{t('counts.notes')}</dt>
          <dd data-testid="note-count">{notes}</dd>
        </div>
      </dl>
      {/* The phase comes first after the counts: it must stay in view on a 720 px high laptop. */}
      <PhaseControl doc={board.doc} layoutDoc={layoutDoc} phase={state.meta.phase} />
      <a className="button button--block" href={screenUrl} target="_blank" rel="noopener">
        {t('board.openScreen')}
      </a>
      <PresenterControl
        state={state}
        layoutDoc={layoutDoc}
        selection={selection}
        screenUrl={screenUrl}
      />
      <TimerControl doc={board.doc} timer={state.meta.timer} />
      <OptionsControl doc={board.doc} meta={state.meta} />
      <VoteControl doc={board.doc} state={state} live={live} progress={progress} />
      <ParticipantsControl state={state} workshopId={workshopId} token={token} />
      {onOpenSettings ? (
        <button type="button" className="button button--block" onClick={onOpenSettings}>
          {t('writes.settings.open')}
        </button>
      ) : null}
      <ShareResults workshopId={workshopId} token={token} />
      <FacilitatorCampaignLinks workshopId={workshopId} token={token} />
      <AccessSection />
    </aside>
  )
}
