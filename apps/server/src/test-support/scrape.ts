/** Every sample of a Prometheus text exposition, by name with its labels as written (`name{label="v"}`). */
export function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const space = line.lastIndexOf(' ')
    samples.set(line.slice(0, space), Number(line.slice(space + 1)))
  }
  return samples
}

/** The values of one labelled metric by its label's value: `{ malformed: 12, ... }`. */
export function byLabel(
  samples: Map<string, number>,
  name: string,
  label: string,
): Record<string, number> {
  const values: Record<string, number> = {}
  const pattern = new RegExp(`^${name}\\{${label}="([^"]*)"\\}$`)
  for (const [key, value] of samples) {
    const match = pattern.exec(key)
    if (match) values[match[1]!] = value
  }
  return values
}
