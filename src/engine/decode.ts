/** Result of decoding a file's bytes. */
export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | {
      ok: false
      messageId: 'empty' | 'tooLarge' | 'wrongEncoding' | 'invalidUtf8'
      data: Record<string, string | number>
      /** Offset in the text decoded so far, for the position of the problem. */
      text: string
      offset: number
    }

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenient = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * The one place that turns bytes into text. Strict UTF-8 only: UTF-16 and UTF-32 (Windows
 * PowerShell 5.1's `Out-File` writes UTF-16LE) are named as such; invalid bytes are never turned
 * into U+FFFD. A UTF-8 byte-order mark is stripped once, here, so every later stage sees the same
 * text and columns stay right.
 */
export function decode(bytes: Uint8Array, maxFileBytes: number): Decoded {
  if (bytes.length > maxFileBytes) {
    return fail('tooLarge', { size: bytes.length, cap: maxFileBytes })
  }
  if (bytes.length === 0) return fail('empty', {})
  const encoding = wideEncoding(bytes)
  if (encoding) return fail('wrongEncoding', { encoding })
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    return { ok: true, text: fatal.decode(body), bom }
  } catch {
    const at = firstInvalidUtf8(body)
    const before = lenient.decode(body.subarray(0, at))
    return {
      ok: false,
      messageId: 'invalidUtf8',
      data: { byte: '0x' + (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0') },
      text: before,
      offset: before.length
    }
  }
}

function fail(
  messageId: 'empty' | 'tooLarge' | 'wrongEncoding',
  data: Record<string, string | number>
): Decoded {
  return { ok: false, messageId, data, text: '', offset: 0 }
}

/** UTF-16/32 by byte-order mark, or UTF-16 without one (a NUL beside every ASCII byte). */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? 'UTF-32LE' : 'UTF-16LE'
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE'
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE'
  if (b.length >= 2 && b[0] !== 0 && b[1] === 0 && b[0]! < 0x80) return 'UTF-16LE'
  if (b.length >= 2 && b[0] === 0 && b[1] !== 0 && b[1]! < 0x80) return 'UTF-16BE'
  return undefined
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]!
    if (c < 0x80) {
      i++
      continue
    }
    let n: number
    let min: number
    let max = 0xbf
    if (c >= 0xc2 && c <= 0xdf) n = 1
    else if (c >= 0xe0 && c <= 0xef) n = 2
    else if (c >= 0xf0 && c <= 0xf4) n = 3
    else return i
    min = 0x80
    if (c === 0xe0) min = 0xa0
    else if (c === 0xed)
      max = 0x9f // no encoded surrogates (CESU-8)
    else if (c === 0xf0) min = 0x90
    else if (c === 0xf4) max = 0x8f
    for (let k = 1; k <= n; k++) {
      const d = b[i + k]
      if (d === undefined) return i
      if (k === 1 ? d < min || d > max : d < 0x80 || d > 0xbf) return i
    }
    i += n + 1
  }
  return b.length
}
