/**
 * A number with comma thousands separators, exactly as `n.toLocaleString('en-US')` writes it
 * ("5,000", "-1,234,567", "1.5", "1,000.001"), without `Intl`: the first `toLocaleString` call
 * loads ICU's locale data, about 30 ms of every process's start-up.
 *
 * Like `toLocaleString('en-US')`: at most three fraction digits, rounded half away from zero from the
 * shortest decimal that reads back as `n` (`1.0005` is "1.001"); no exponent ("1e21" is
 * "1,000,000,000,000,000,000,000"); `-0` and negatives that round to zero keep their sign ("-0");
 * "NaN", "∞" and "-∞".
 */
export function groupDigits(n: number): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    return n < 0 ? '-' + group(String(-n)) : group(String(n))
  }
  if (Number.isNaN(n)) return 'NaN'
  const sign = n < 0 || Object.is(n, -0) ? '-' : ''
  if (!Number.isFinite(n)) return sign + '∞'
  const [int, frac] = rounded(Math.abs(n))
  return sign + group(int) + (frac ? '.' + frac : '')
}

/** Commas between groups of three digits, from the right. */
function group(digits: string): string {
  let out = digits.slice(0, digits.length % 3 || 3)
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3)
  return out
}

/** A finite x ≥ 0 as integer digits and at most three fraction digits, without trailing zeros. */
function rounded(x: number): [string, string] {
  // the shortest round-trip decimal, e.g. "1.0005", "1.23e+25", "5e-324"
  const [mantissa = '', exp = '0'] = String(x).split('e')
  const dot = mantissa.indexOf('.')
  const digits = mantissa.replace('.', '')
  const point = (dot === -1 ? mantissa.length : dot) + Number(exp) // digits before the point
  let int = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0'
  let frac = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits
  if (frac.length > 3) {
    const up = frac.charCodeAt(3) >= 0x35 // '5': half away from zero
    frac = frac.slice(0, 3)
    if (up) [int, frac] = increment(int, frac)
  }
  return [int, frac.replace(/0+$/, '')]
}

/** int.frac plus one unit in frac's last place, as decimal strings. */
function increment(int: string, frac: string): [string, string] {
  const all = (int + frac).split('')
  let i = all.length - 1
  while (i >= 0 && all[i] === '9') all[i--] = '0'
  if (i >= 0) all[i] = String(Number(all[i]) + 1)
  else all.unshift('1')
  const text = all.join('')
  return [text.slice(0, text.length - frac.length), text.slice(text.length - frac.length)]
}
