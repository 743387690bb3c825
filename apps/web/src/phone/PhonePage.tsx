import { useState } from 'react'
import { loadPhoneSession, type PhoneSession } from '../api/storage'
import { JoinForm } from './JoinForm'
import { PhoneWorkspace } from './PhoneWorkspace'
import './phone.css'

/** `/j/<code>`: join once, then the session (kept on the phone) survives reloads. */
export default function PhonePage({ code }: { code: string }) {
  const [session, setSession] = useState<PhoneSession | null>(() => loadPhoneSession(code))
  return (
    <div className="phone">
      {session ? (
        <PhoneWorkspace session={session} onLeave={() => setSession(null)} />
      ) : (
        <JoinForm code={code} onJoined={setSession} />
      )}
    </div>
  )
}
