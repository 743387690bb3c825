import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

// Files worth compressing; source maps are fetched only by a developer's tools.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/
const SKIP = /(\.map$|\/\.vite\/)/

/**
 * Writes `file.gz` (gzip -9) and `file.br` (brotli 11) beside every
 * compressible file of the build, once, so the server sends them as they are
 * (serveStatic's `precompressed`) instead of compressing per request: a phone
 * on 3G downloads about a third of the bytes, and a hall of phones joining at
 * once costs the server no compression CPU. Kept only when smaller.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'atelier:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const path of files(outDir)) {
        if (!COMPRESSIBLE.test(path) || SKIP.test(path) || compressedAlready(path)) continue
        const body = readFileSync(path)
        const gz = gzipSync(body, { level: 9 })
        if (gz.length < body.length) writeFileSync(`${path}.gz`, gz)
        const br = brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
        if (br.length < body.length) writeFileSync(`${path}.br`, br)
      }
    },
  }
}

/**
 * The phone's build writes into the app's dist after it: the app's files
 * compressed by the first build are left as they are (brotli 11 is slow).
 */
function compressedAlready(path: string): boolean {
  const compressed = [`${path}.br`, `${path}.gz`].filter((file) => existsSync(file))
  return (
    compressed.length > 0 &&
    compressed.every((file) => statSync(file).mtimeMs >= statSync(path).mtimeMs)
  )
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}
