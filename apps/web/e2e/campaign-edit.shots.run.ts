import { mkdirSync } from 'node:fs'
import { it } from 'vitest'
import { campaignEditShotsOnOwnServer } from './screenshots.campaign-edit'

// One-off (the README scenes are in screenshots.run.ts): `pnpm exec vitest run --config
// e2e/screenshots.config.ts e2e/campaign-edit.shots.run.ts`
// with SHOTS=/tmp/shots-cdoc writes the editing controls at the four sizes there.

it('campaign editing screenshots', async () => {
  const out = process.env.SHOTS ?? '/tmp/shots-cdoc'
  mkdirSync(out, { recursive: true })
  await campaignEditShotsOnOwnServer(out, [
    { width: 390, height: 844 },
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])
}, 300_000)
