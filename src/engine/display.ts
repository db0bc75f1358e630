/**
 * Makes untrusted text safe to show in one line of any channel: control characters, invisible
 * and direction-changing characters and lone surrogates become `\uXXXX` escapes (a reviewer sees
 * what is really there), and long text is cut so that a 10 MB value is never echoed whole.
 */
const UNSAFE =
  // Each character is matched on its own (variation selectors and fillers included), on purpose.
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export const MAX_SHOWN = 120

/** `\u` escape of one UTF-16 code unit, upper-case hex. */
export function escapeUnit(ch: string): string {
  return '\\u' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
}

/** The text as it is shown in messages. */
export function display(text: string, max: number = MAX_SHOWN): string {
  let cut = text
  if (cut.length > max) {
    let end = max
    // never cut a surrogate pair in half
    const c = cut.charCodeAt(end - 1)
    if (c >= 0xd800 && c <= 0xdbff) end--
    cut = cut.slice(0, end) + `… (${text.length} characters)`
  }
  return cut.replace(UNSAFE, escapeUnit)
}
