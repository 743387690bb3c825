import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * What the web app needs, and nothing more: its own scripts only; inline
 * `style` attributes (React) and the report's inline `<style>`; images from
 * data: and blob: URLs (QR codes, PNG export, canvas.toDataURL); websockets
 * to this host (`ws:`/`wss:`, since the page may be opened by LAN address or
 * behind a proxy); the report preview (a blob: URL) and the projector preview
 * (`/w/<id>/screen`) framed by this origin only.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'ws:', 'wss:', 'blob:', 'data:'],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  frameSrc: ["'self'", 'blob:'],
  frameAncestors: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
}

const headers = secureHeaders({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  // HTTPS is the proxy's business; an HSTS header from a laptop on the venue
  // Wi-Fi would be ignored (plain http) or outlive the event (behind a proxy).
  strictTransportSecurity: false,
})

/**
 * `X-Content-Type-Options: nosniff`, the CSP above, `X-Frame-Options:
 * SAMEORIGIN` and Hono's other secure headers on every page and API answer.
 * The websocket upgrade is left alone (its answer is not a page).
 */
export const securityHeaders: MiddlewareHandler = (c, next) =>
  c.req.path.startsWith('/sync/') ? next() : headers(c, next)
