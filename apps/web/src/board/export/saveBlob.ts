/**
 * Saves `blob` as `filename` through a temporary `<a download>`. The link is
 * put in `host` (the open modal dialog: the rest of the page is inert) and the
 * object URL is revoked once the browser has had time to start the download.
 */
export function saveBlob(blob: Blob, filename: string, host: HTMLElement = document.body): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  host.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
