import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useBoardStore } from '../board/store/useBoardStore'
import { ROOMS } from '../model'
import type { Room } from '../sync/room'
import { useRooms } from '../sync/useRooms'
import { Projector } from './Projector'
import { useScreenAccess } from './useScreenAccess'
import './screen.css'
import './presenter/presenter.css'

/** `/w/<id>/screen`: the projector. Read-only, large, no chrome, no cursor. */
export default function ScreenPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const access = useScreenAccess(workshopId)
  const specs = useMemo(
    () =>
      access
        ? [
            { name: ROOMS.board(workshopId), token: access.token, prefetch: true },
            { name: ROOMS.layout(workshopId), token: access.token, prefetch: true },
          ]
        : null,
    [workshopId, access],
  )
  const rooms = useRooms(specs)
  if (!access) return <p className="screen-message">{t('screen.noToken')}</p>
  if (!rooms) return <p className="screen-message">{t('app.loading')}</p>
  return <WithStore board={rooms[0]!} layout={rooms[1]!} code={access.code} />
}

function WithStore({ board, layout, code }: { board: Room; layout: Room; code: string | null }) {
  const store = useBoardStore(board, layout)
  return <Projector board={board} layout={layout} store={store} code={code} />
}
