import { useState } from 'react'
import { loadPhoneSession, type PhoneSession } from '../api/storage'
import type { RoomPreview } from '../model'
import { JoinForm } from './JoinForm'
import { PhoneWorkspace } from './PhoneWorkspace'
import './phone.css'

/**
 * `/j/<code>`: join once, then the session (kept on the phone) survives
 * reloads. The join's preview of the room (meta and themes) lives in memory
 * only: after a reload the board's copy in IndexedDB is there instead, and a
 * stored preview could name a phase long past.
 */
export default function PhonePage({ code }: { code: string }) {
  const [session, setSession] = useState<PhoneSession | null>(() => loadPhoneSession(code))
  const [preview, setPreview] = useState<RoomPreview | undefined>()
  return (
    <div className="phone">
      {session ? (
        <PhoneWorkspace session={session} preview={preview} onLeave={() => setSession(null)} />
      ) : (
        <JoinForm
          code={code}
          onJoined={(joined, room) => {
            setPreview(room)
            setSession(joined)
          }}
        />
      )}
    </div>
  )
}
