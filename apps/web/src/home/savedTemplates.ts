/** A template saved on this server, as `GET /api/templates` lists it. */
export interface SavedTemplate {
  id: string
  name: string
  language: 'fr' | 'en'
  dimensions: { id: string; title: string; prompt: string }[]
}

/** The templates saved on this server, newest first (empty when the server cannot say). */
export async function listSavedTemplates(): Promise<SavedTemplate[]> {
  const response = await fetch('/api/templates')
  if (!response.ok) return []
  return ((await response.json()) as { templates: SavedTemplate[] }).templates
}

/**
 * Sends a template file to the server, which validates it and keeps it;
 * resolves to the saved template, rejects when the file is not one.
 */
export async function importTemplateFile(file: File): Promise<SavedTemplate> {
  // The server checks the size too; this only spares uploading a huge file.
  if (file.size > 64 * 1024) throw new Error('too-large')
  const response = await fetch('/api/templates', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await file.text(),
  })
  const body = (await response.json()) as SavedTemplate | { error: { code: string } }
  if (!response.ok || 'error' in body)
    throw new Error('error' in body ? body.error.code : `http-${response.status}`)
  return body
}
