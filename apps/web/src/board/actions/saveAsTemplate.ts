/** A template saved on the server, as `POST /api/workshops/:id/template` answers. */
export interface SavedTemplate {
  id: string
  name: string
  dimensions: { id: string; title: string; prompt: string }[]
}

/**
 * Saves the workshop's dimensions and questions as a template on this server
 * (the home page's create form lists it). Throws the server's error code.
 */
export async function saveAsTemplate(
  workshopId: string,
  token: string,
  name: string,
): Promise<SavedTemplate> {
  const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/template`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name }),
  })
  const body = (await response.json()) as SavedTemplate | { error: { code: string } }
  if (!response.ok || 'error' in body)
    throw new Error('error' in body ? body.error.code : `http-${response.status}`)
  return body
}

/** Where the template's JSON file downloads from. */
export const templateFileUrl = (id: string) => `/api/templates/${encodeURIComponent(id)}?download`
