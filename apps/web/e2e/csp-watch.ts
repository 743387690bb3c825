import type { BrowserContext } from 'playwright-core'

/**
 * Collects every Content-Security-Policy violation in a browser context: the
 * `securitypolicyviolation` events of its documents and Chromium's own
 * "Refused to …" console errors (which also cover script-less frames such as
 * the sandboxed report). A test asserts the list stays empty.
 */
export async function watchCsp(context: BrowserContext): Promise<{ violations(): string[] }> {
  const violations: string[] = []
  context.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy|CSP violation/i.test(text)) violations.push(text)
  })
  context.on('page', (page) =>
    page.on('pageerror', (error) => {
      if (/Content Security Policy/i.test(error.message)) violations.push(error.message)
    }),
  )
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      )
    })
  })
  return { violations: () => [...violations] }
}
