// Links the "Accès" section shows again, rebuilt from what this browser holds.
// Credentials go in the fragment, which browsers never send to a server.

/** The link that opens this board with `key` (a facilitator key or an invitation). */
export function boardLink(origin: string, workshopId: string, key: string): string {
  return `${origin}/w/${encodeURIComponent(workshopId)}#${new URLSearchParams({ key })}`
}

/** The projector link, with the join code so the QR code shows at once. */
export function projectorLink(
  origin: string,
  workshopId: string,
  screenToken: string,
  code: string | null,
): string {
  const params = new URLSearchParams({ token: screenToken, ...(code ? { code } : {}) })
  return `${origin}/w/${encodeURIComponent(workshopId)}/screen#${params}`
}

/**
 * True when `key` is an invitation (a signed token, `payload.signature`)
 * rather than the facilitator key itself (base64url, never a dot).
 */
export function isInvitation(key: string): boolean {
  return key.includes('.')
}
