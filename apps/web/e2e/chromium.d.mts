import type { Browser } from 'playwright-core'

/** Where Chromium is: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const CHROMIUM: string

/** Launches it headless, with `extraArgs` after the common flags. */
export function launchChromium(extraArgs?: string[]): Promise<Browser>
