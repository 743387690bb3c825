/**
 * The phone's page for `/j/<code>` with its code check announced in the head
 * (`<link rel="preload" as="fetch">` of `GET /api/join/<code>`). The phone's
 * entry asks that check as soon as it runs (earlyJoinCheck.ts); announced
 * here, the browser asks it while the entry is still downloading, and the
 * entry's own fetch takes the preloaded answer: on a 3G link one round trip
 * (about 0.4 s) less before the join screen. The request is the same one, to
 * the same guarded API route (throttled on failures), so nothing is answered
 * from the page itself. A phone that has joined already does not read it.
 */
export function withJoinCheckPreload(html: string, code: string): string {
  if (!html.includes('</head>')) return html
  // As the web app's parseRoute reads it: the code in capitals.
  const href = `/api/join/${encodeURIComponent(code.toUpperCase())}`
  // crossorigin (anonymous): the same mode and credentials as the entry's fetch(), or the browser fetches twice.
  return html.replace(
    '</head>',
    `  <link rel="preload" as="fetch" crossorigin href="${href}">\n  </head>`,
  )
}
