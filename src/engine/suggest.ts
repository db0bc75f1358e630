/**
 * "Did you mean": the closest valid name for a typo, an abbreviation or a value copied from
 * Microsoft's own examples (`-Action Allow`, §9.1 of the domain notes). Synonyms apply only when
 * their target is among the candidates.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  allow: ['AllowAccess', 'Allow'],
  permit: ['AllowAccess', 'Allow'],
  deny: ['DenyAccess', 'Block'],
  block: ['DenyAccess', 'Block'],
  allowaccess: ['Allow'],
  denyaccess: ['Block'],
  owa: ['OutlookWebApp'],
  eac: ['ExchangeAdminCenter'],
  ecp: ['ExchangeAdminCenter'],
  eas: ['ExchangeActiveSync'],
  activesync: ['ExchangeActiveSync'],
  ews: ['ExchangeWebServices'],
  oab: ['OfflineAddressBook'],
  mapi: ['OutlookAnywhere'],
  rpc: ['OutlookAnywhere'],
  mapioverhttp: ['OutlookAnywhere'],
  powershell: ['RemotePowerShell'],
  rps: ['RemotePowerShell'],
  imap: ['IMAP4'],
  pop: ['POP3'],
  basic: ['BasicAuthentication'],
  oauth: ['OAuthAuthentication'],
  adfs: ['AdfsAuthentication'],
  cba: ['CertificateBasedAuthentication'],
  certificate: ['CertificateBasedAuthentication'],
  nonbasic: ['NonBasicAuthentication'],
  identity: ['Name'],
  rulescope: ['Scope'],
  exchangeonpremises: ['ExchangeServer'],
  onpremises: ['ExchangeServer'],
  online: ['ExchangeOnline'],
  exo: ['ExchangeOnline'],
  // recipient properties by their Active Directory and everyday names (UserRecipientFilter)
  co: ['CountryOrRegion'],
  c: ['CountryOrRegion'],
  country: ['CountryOrRegion'],
  countrycode: ['CountryOrRegion'],
  usagelocation: ['CountryOrRegion'],
  st: ['StateOrProvince'],
  state: ['StateOrProvince'],
  province: ['StateOrProvince'],
  l: ['City'],
  locality: ['City'],
  dept: ['Department'],
  physicaldeliveryofficename: ['Office'],
  zip: ['PostalCode'],
  zipcode: ['PostalCode'],
  street: ['StreetAddress']
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function distance(a: string, b: string): number {
  const m = a.length
  const n = b.length
  if (Math.abs(m - n) > 8) return Math.abs(m - n)
  let prev2: number[] = []
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  for (let i = 1; i <= m; i++) {
    const cur = [i]
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1)
      }
      cur.push(d)
    }
    prev2 = prev
    prev = cur
  }
  return prev[n]!
}

/** The one candidate the input most likely meant, or undefined when none is close or it is a tie. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > 100 || candidates.length === 0) return undefined
  const lower = input.toLowerCase()
  const exact = candidates.find((c) => c.toLowerCase() === lower)
  if (exact) return exact
  const normal = lower.replace(/[\s_-]/g, '')
  const synonym = (Object.hasOwn(SYNONYMS, normal) ? SYNONYMS[normal] : undefined)?.find((s) =>
    candidates.includes(s)
  )
  if (synonym) return synonym
  const squashed = candidates.find((c) => c.toLowerCase() === normal)
  if (squashed) return squashed
  if (normal.length >= 3) {
    const containing = candidates.filter((c) => c.toLowerCase().includes(normal))
    if (containing.length === 1) return containing[0]
  }
  const limit = lower.length <= 3 ? 1 : Math.max(2, Math.floor(lower.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  let tie = false
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
      tie = false
    } else if (d === bestDistance) tie = true
  }
  return bestDistance <= limit && !tie ? best : undefined
}
