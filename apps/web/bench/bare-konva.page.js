// The canvas benchmark's floor: the facilitator board's picture drawn by plain
// Konva (its UMD build, no React, no store), loaded into a blank page by
// canvas.bench.mjs. Same shapes, texts, sizes and attributes as
// src/board/canvas (NoteNode, ClusterNode, FramesLayer), same positions (read
// off the board's own stage), and the same drawing policy the board applies
// by hand: off-screen notes hidden (CULL_MARGIN), texts hidden below
// TEXT_MIN_SCALE, the content layer not listening while the view moves. What
// is left between the two pages is what React and the board's own code cost.
// Gestures are plain Konva: pan on empty stage, wheel zoom at the cursor,
// a cluster dragged with its notes following.
/* global Konva */
window.bareBoard = function bareBoard(scene, box, view) {
  const CULL_MARGIN = 0.25
  const TEXT_MIN_SCALE = 0.2
  const MIN_SCALE = 0.05
  const MAX_SCALE = 4
  const NOTE_WIDTH = 200
  const NOTE_HEIGHT = 130
  const PADDING = 12
  const CLUSTER_PADDING = 16
  const CLUSTER_HEADER = 52
  const FRAME_PADDING = 32
  const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

  const holder = document.createElement('div')
  Object.assign(holder.style, {
    position: 'absolute',
    left: `${box.x}px`,
    top: `${box.y}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    background: '#f4f1ea',
  })
  document.body.appendChild(holder)
  const stage = new Konva.Stage({ container: holder, width: box.width, height: box.height })
  const framesLayer = new Konva.Layer({ listening: false })
  const content = new Konva.Layer()
  stage.add(framesLayer, content)

  for (const f of scene.frames) {
    const g = new Konva.Group({ x: f.x, y: f.y })
    g.add(
      new Konva.Rect({
        width: f.width,
        height: f.height,
        fill: '#ffffff',
        stroke: '#d8d4cb',
        strokeWidth: 2,
        cornerRadius: 16,
      }),
      new Konva.Rect({ width: f.width, height: 10, fill: f.tone, cornerRadius: [16, 16, 0, 0] }),
      new Konva.Text({
        x: FRAME_PADDING,
        y: 30,
        width: f.width - 2 * FRAME_PADDING,
        text: f.title,
        fontSize: 30,
        fontStyle: 'bold',
        fontFamily: FONT,
        fill: '#1c2226',
        wrap: 'word',
        ellipsis: true,
        height: 40,
      }),
      new Konva.Text({
        x: FRAME_PADDING,
        y: 76,
        width: f.width - 2 * FRAME_PADDING,
        text: f.prompt,
        fontSize: 19,
        fontFamily: FONT,
        fill: '#4a545b',
        wrap: 'word',
        ellipsis: true,
        height: 48,
      }),
    )
    framesLayer.add(g)
  }

  const members = new Map()
  for (const c of scene.clusters) {
    const g = new Konva.Group({ x: c.x, y: c.y, draggable: true })
    g.add(
      new Konva.Rect({
        width: c.width,
        height: c.height,
        fill: '#ffffff',
        opacity: 0.92,
        cornerRadius: 10,
        stroke: c.color,
        strokeWidth: 4,
        perfectDrawEnabled: false,
      }),
      new Konva.Rect({
        width: c.width,
        height: CLUSTER_HEADER - 8,
        fill: c.color,
        cornerRadius: [10, 10, 0, 0],
        perfectDrawEnabled: false,
      }),
      new Konva.Text({
        x: CLUSTER_PADDING,
        y: 10,
        width: c.width - 2 * CLUSTER_PADDING - (c.tally === null ? 0 : 56),
        height: CLUSTER_HEADER - 20,
        text: c.title,
        fontSize: 22,
        fontStyle: 'bold',
        fontFamily: FONT,
        fill: '#1c2226',
        wrap: 'none',
        ellipsis: true,
        listening: false,
      }),
    )
    if (c.tally !== null) {
      const badge = new Konva.Group({
        x: c.width - CLUSTER_PADDING - 22,
        y: (CLUSTER_HEADER - 8) / 2,
        listening: false,
      })
      badge.add(
        new Konva.Circle({ radius: 22, fill: '#14625a' }),
        new Konva.Text({
          x: -22,
          y: -11,
          width: 44,
          align: 'center',
          text: c.tally,
          fontSize: 22,
          fontStyle: 'bold',
          fontFamily: FONT,
          fill: '#ffffff',
        }),
      )
      g.add(badge)
    }
    const followers = []
    members.set(c.id, followers)
    let start = null
    g.on('dragstart', () => {
      start = { x: g.x(), y: g.y(), notes: followers.map((n) => ({ n, x: n.x(), y: n.y() })) }
    })
    g.on('dragmove', () => {
      const dx = g.x() - start.x
      const dy = g.y() - start.y
      for (const f of start.notes) f.n.position({ x: f.x + dx, y: f.y + dy })
    })
    content.add(g)
  }

  const notes = []
  const texts = []
  for (const n of scene.notes) {
    const g = new Konva.Group({ x: n.x, y: n.y, draggable: true, opacity: n.opacity })
    const text = new Konva.Text({
      x: PADDING,
      y: PADDING,
      width: NOTE_WIDTH - 2 * PADDING,
      height: NOTE_HEIGHT - 2 * PADDING,
      text: n.text,
      fontSize: n.fontSize,
      lineHeight: 1.25,
      fontFamily: FONT,
      fill: '#1c2226',
      wrap: 'word',
      ellipsis: true,
      listening: false,
      perfectDrawEnabled: false,
    })
    g.add(
      new Konva.Rect({
        width: NOTE_WIDTH,
        height: NOTE_HEIGHT,
        fill: n.color,
        cornerRadius: 4,
        stroke: 'rgba(0,0,0,0.14)',
        strokeWidth: 1,
        perfectDrawEnabled: false,
      }),
      text,
    )
    content.add(g)
    notes.push(g)
    texts.push(text)
    if (n.clusterId) members.get(n.clusterId)?.push(g)
  }

  const cull = () => {
    const s = stage.scaleX()
    const w = box.width / s
    const h = box.height / s
    const area = {
      x: -stage.x() / s - w * CULL_MARGIN,
      y: -stage.y() / s - h * CULL_MARGIN,
      width: w * (1 + 2 * CULL_MARGIN),
      height: h * (1 + 2 * CULL_MARGIN),
    }
    for (const g of notes) {
      const inside =
        g.x() < area.x + area.width &&
        g.x() + NOTE_WIDTH > area.x &&
        g.y() < area.y + area.height &&
        g.y() + NOTE_HEIGHT > area.y
      if (g.visible() !== inside) g.visible(inside)
    }
    const detail = s >= TEXT_MIN_SCALE
    for (const t of texts) if (t.visible() !== detail) t.visible(detail)
  }
  const setView = (v) => {
    stage.position({ x: v.x, y: v.y })
    stage.scale({ x: v.scale, y: v.scale })
    cull()
    stage.batchDraw()
  }
  setView(view)

  let pan = null
  stage.on('pointerdown', (e) => {
    if (e.target !== stage) return
    pan = { x: e.evt.clientX, y: e.evt.clientY, moved: false }
  })
  stage.on('pointermove', (e) => {
    if (!pan) return
    if (!pan.moved) {
      pan.moved = true
      content.listening(false)
    }
    const dx = e.evt.clientX - pan.x
    const dy = e.evt.clientY - pan.y
    pan.x = e.evt.clientX
    pan.y = e.evt.clientY
    setView({ x: stage.x() + dx, y: stage.y() + dy, scale: stage.scaleX() })
  })
  const end = () => {
    if (!pan) return
    pan = null
    content.listening(true)
    stage.batchDraw()
  }
  stage.on('pointerup pointercancel', end)

  let wheelEnd = null
  stage.on('wheel', (e) => {
    e.evt.preventDefault()
    const factor = Math.exp(-e.evt.deltaY * (e.evt.ctrlKey ? 0.01 : 0.0015))
    const at = { x: e.evt.clientX - box.x, y: e.evt.clientY - box.y }
    content.listening(false)
    clearTimeout(wheelEnd)
    wheelEnd = setTimeout(() => {
      content.listening(true)
      stage.batchDraw()
    }, 200)
    const s = stage.scaleX()
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, s * factor))
    const world = { x: (at.x - stage.x()) / s, y: (at.y - stage.y()) / s }
    setView({ scale, x: at.x - world.x * scale, y: at.y - world.y * scale })
  })

  return {
    setView,
    view: () => ({ x: stage.x(), y: stage.y(), scale: stage.scaleX() }),
  }
}
