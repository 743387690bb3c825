import { ApiError } from '../api/client'

/** The message for a failed join or code check: the server's reason when it gave one. */
export function joinErrorKey(caught: unknown): string {
  if (!(caught instanceof ApiError) || caught.status === 0) return 'join.network'
  if (caught.code === 'workshop-closed') return 'join.closed'
  if (caught.code === 'workshop-full') return 'join.full'
  if (caught.code === 'joining-closed') return 'gates.joiningClosed'
  if (caught.code === 'too-many-attempts') return 'gates.tooManyAttempts'
  if (caught.code === 'join-rate-limited') return 'gates.joinRateLimited'
  return caught.status === 404 ? 'join.unknownCode' : 'join.failed'
}
