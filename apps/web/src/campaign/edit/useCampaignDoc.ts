import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { openRoom, type Room, replaceRoomToken } from '../../sync/room'

/** How long after the last change of the document the synthesis is asked again. */
export const REFETCH_DEBOUNCE_MS = 250

/** The campaign's working document as the page holds it. */
export interface CampaignDoc {
  doc: Y.Doc
  /** This page's writes: the undo manager undoes these and nobody else's. */
  origin: object
  undo: Y.UndoManager
  /** Bumps at every change of the document (local, remote, undo), to re-render. */
  version: number
  /** False until the server's copy arrived (then the controls are enabled). */
  synced: boolean
  /** The server's code once it refused the room for good (`token-revoked`, `forbidden-room`). */
  refusal: string | null
}

/** `POST /api/campaigns/:id/tokens`: the working document's token for this credential. */
async function syncToken(campaignId: string, credential: string): Promise<string> {
  const response = await fetch(`/api/campaigns/${encodeURIComponent(campaignId)}/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${credential}` },
    cache: 'no-store',
  })
  const body = (await response.json().catch(() => null)) as {
    token?: string
    error?: { code?: string }
  } | null
  if (!response.ok || !body?.token) throw new Error(body?.error?.code ?? `http-${response.status}`)
  return body.token
}

/**
 * Opens room `campaign:<id>` with the stock y-websocket provider (the
 * board's `openRoom`: reconnects, stops on a final refusal), for organisers
 * only. `onChange` is called, debounced, after every change of the document
 * so the page asks for the synthesis again (the rankings follow the groups).
 * An expired token is traded for a fresh one with the same credential.
 */
export function useCampaignDoc(
  campaignId: string,
  credential: string | null,
  onChange: () => void,
): CampaignDoc | null {
  const [state, setState] = useState<CampaignDoc | null>(null)
  const [changeRef] = useState(() => ({ current: onChange }))
  changeRef.current = onChange

  useEffect(() => {
    if (!credential) return
    let room: Room | null = null
    let closed = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const origin = { campaignPage: campaignId }
    const publish = () => {
      if (!room || closed) return
      const { doc, provider } = room
      setState((previous) => ({
        doc,
        origin,
        undo: undo!,
        version: (previous?.version ?? 0) + 1,
        synced: provider.synced,
        refusal: room?.refusal ?? null,
      }))
    }
    let undo: Y.UndoManager | null = null
    syncToken(campaignId, credential).then(
      (token) => {
        if (closed) return
        room = openRoom(`campaign:${campaignId}`, { token })
        const { doc, provider } = room
        undo = new Y.UndoManager(doc.getMap('groups'), { trackedOrigins: new Set([origin]) })
        doc.on('update', () => {
          publish()
          clearTimeout(timer)
          timer = setTimeout(() => changeRef.current(), REFETCH_DEBOUNCE_MS)
        })
        provider.on('sync', publish)
        provider.on('status', () => {
          publish()
          if (room?.refusal === 'token-expired')
            syncToken(campaignId, credential).then(
              (fresh) => room && replaceRoomToken(room, fresh),
              // The credential itself no longer opens the campaign: the refusal stays shown.
              () => {},
            )
        })
        undo.on('stack-item-added', publish)
        undo.on('stack-item-popped', publish)
        publish()
      },
      (error: Error) => {
        if (!closed) setState((previous) => previous && { ...previous, refusal: error.message })
      },
    )
    return () => {
      closed = true
      clearTimeout(timer)
      undo?.destroy()
      room?.destroy()
      setState(null)
    }
  }, [campaignId, credential, changeRef])

  return state
}
