const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Text made safe for HTML element content and quoted attribute values: the
 * browser shows `<b>hi</b>` as those seven characters, never as bold.
 *
 * @example
 * ```ts
 * escapeHtml('<b>hi</b>') // "&lt;b&gt;hi&lt;/b&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch)
}
