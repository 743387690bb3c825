import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

/** A QR code as an image; dark on white with a quiet zone so phones read it from the back of a room. */
export function QrCode({ value, size, label }: { value: string; size: number; label: string }) {
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toDataURL(value, {
      margin: 2,
      width: size * 2,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    }).then(
      (url) => live && setSrc(url),
      () => live && setSrc(null),
    )
    return () => {
      live = false
    }
  }, [value, size])
  return src ? (
    <img className="qr" src={src} width={size} height={size} alt={label} />
  ) : (
    <div className="qr" style={{ width: size, height: size }} />
  )
}
