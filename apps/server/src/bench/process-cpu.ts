import { readFileSync } from 'node:fs'

const CLK_TCK = 100 // Linux USER_HZ

/**
 * User + system CPU milliseconds of another process, from Linux `/proc`: a
 * child server's own CPU, whatever the benchmark's process spends meanwhile.
 */
export function processCpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK
}

/** The p-th percentile (nearest rank below) of `values`, NaN when empty. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}
