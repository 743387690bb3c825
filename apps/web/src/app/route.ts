/**
 * The app's four faces, read from `location.pathname`. Pure so it can be
 * tested without a browser; a router dependency would be heavier than this.
 */
export type Route =
  | { name: 'home' }
  | { name: 'join'; code: string }
  | { name: 'board'; workshopId: string }
  | { name: 'screen'; workshopId: string }
  | { name: 'results'; workshopId: string }
  | { name: 'campaign'; campaignId: string }
  | { name: 'campaignScreen'; campaignId: string }
  /** A contributing workshop's feedback link: `/c/<id>/t#key=<token>`. */
  | { name: 'territory'; campaignId: string }
  | { name: 'notFound' }

const SEGMENT = /^[A-Za-z0-9_-]+$/

/**
 * @example parseRoute('/w/abc/screen') // { name: 'screen', workshopId: 'abc' }
 */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((part) => part !== '')
  if (parts.length === 0) return { name: 'home' }
  if (!parts.every((part) => SEGMENT.test(part))) return { name: 'notFound' }
  const [head, id, tail] = parts
  if (head === 'j' && id && parts.length === 2) return { name: 'join', code: id.toUpperCase() }
  if (head === 'w' && id && parts.length === 2) return { name: 'board', workshopId: id }
  if (head === 'r' && id && parts.length === 2) return { name: 'results', workshopId: id }
  if (head === 'c' && id && parts.length === 2) return { name: 'campaign', campaignId: id }
  if (head === 'c' && id && tail === 'screen' && parts.length === 3)
    return { name: 'campaignScreen', campaignId: id }
  if (head === 'c' && id && tail === 't' && parts.length === 3)
    return { name: 'territory', campaignId: id }
  if (head === 'w' && id && tail === 'screen' && parts.length === 3) {
    return { name: 'screen', workshopId: id }
  }
  return { name: 'notFound' }
}

/** Reads `#key=value&...` fragments, where the server puts secrets (never sent in requests). */
export function readHashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
}
