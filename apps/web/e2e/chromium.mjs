// The headless Chromium every browser test and benchmark drives: Debian's
// /usr/bin/chromium (CHROMIUM_PATH to change it), with no background
// traffic that would land in a measurement. Plain JavaScript, so the
// benchmarks (.mjs, run by node) and the tests (TypeScript) share it.
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Launches it headless, with `extraArgs` after the common flags. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  })
}
