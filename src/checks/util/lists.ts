import type { ClientAccessRule } from '../../model/ruleset.js'

/** The IP lists of a client access rule: the key and the entries. */
export const IP_LISTS = [
  ['AnyOfClientIPAddressesOrRanges', 'anyOfClientIPAddressesOrRanges'],
  ['ExceptAnyOfClientIPAddressesOrRanges', 'exceptAnyOfClientIPAddressesOrRanges']
] as const

/** Calls `fn` for every entry of the rule's IP lists with its pointer. */
export function forEachIpEntry(
  rule: ClientAccessRule,
  fn: (entry: string, at: string, key: string, index: number) => void
): void {
  for (const [key, field] of IP_LISTS) {
    rule[field]?.forEach((entry, i) => fn(entry, `${rule.pointer}/${key}/${i}`, key, i))
  }
}
