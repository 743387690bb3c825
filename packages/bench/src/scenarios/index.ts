import { chromium, command, postgresServer } from '../harness/requirements.js'
import { dragScenario } from './drag.js'
import { externalScenario } from './external.js'
import { fanOutScenario } from './fan-out.js'
import { joinStormScenario } from './join-storm.js'
import { manyRoomsScenario } from './many-rooms.js'
import { presenceScenario } from './presence.js'
import type { Scenario } from './scenario.js'

/** Every scenario, in the order `pnpm bench` runs them (the numbering). */
export const scenarios: Scenario[] = [
  fanOutScenario,
  joinStormScenario,
  dragScenario,
  manyRoomsScenario,
  presenceScenario,
  externalScenario(
    'phone',
    '6. Phone: what it downloads to join, and when it can send on 3G',
    'node',
    ['apps/web/bench/phone.bench.mjs'],
    [chromium],
  ),
  externalScenario(
    'canvas',
    '7. Canvas: the board with 2,000 notes against a bare Konva page',
    'node',
    ['apps/web/bench/canvas.bench.mjs'],
    [chromium],
  ),
  externalScenario(
    'campaign',
    "8. Campaign: synthesis of 60 workshops of 160 notes, and the server's event loop meanwhile",
    'pnpm',
    ['--filter', '@atelier/server', 'bench:synthesis'],
  ),
  externalScenario(
    'two-process',
    '9. Two processes behind nginx on PostgreSQL and Redis: fan-out across processes',
    'pnpm',
    ['--filter', '@atelier/server', 'bench:behind-nginx'],
    [postgresServer, command('redis-server'), command('nginx')],
  ),
]
