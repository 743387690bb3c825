import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`). */
interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
}

type Manifest = Record<string, ManifestChunk>

/** The phone's page: its chunk, as the web app's manifest names it. */
export const PHONE_FACE = 'src/phone/PhonePage.tsx'

/**
 * index.html with the files of one face (the phone's page, say) announced in
 * its head. The app's entry imports each face lazily, so without this a phone
 * learns which chunks it needs only once the entry has arrived and run: on a
 * 3G link that is one more round trip and the entry's whole download before
 * the phone's own code even starts. Listed here, they download side by side
 * with the entry. Returns `index` unchanged when the manifest or the face is
 * missing (a development build).
 */
export function withFacePreloads(index: string, webDist: string, face: string): string {
  const path = join(webDist, '.vite', 'manifest.json')
  if (!existsSync(path)) return index
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest
  if (!manifest[face]) return index
  const alreadyLoaded = closure(manifest, 'index.html')
  const needed = closure(manifest, face)
  const scripts = [...needed.scripts].filter((file) => !alreadyLoaded.scripts.has(file))
  const styles = [...needed.styles].filter((file) => !alreadyLoaded.styles.has(file))
  const links = [
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ]
  if (links.length === 0 || !index.includes('</head>')) return index
  return index.replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
}

/** A chunk and everything it imports statically, with their stylesheets. */
function closure(manifest: Manifest, root: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || scripts.has(chunk.file)) return
    scripts.add(chunk.file)
    for (const css of chunk.css ?? []) styles.add(css)
    for (const next of chunk.imports ?? []) visit(next)
  }
  visit(root)
  return { scripts, styles }
}
