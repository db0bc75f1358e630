/**
 * Enumerations of the Exchange cmdlets, spelled exactly as Exchange exports them with
 * `-EnumsAsStrings`. Source: New-ClientAccessRule and New-ActiveSyncDeviceAccessRule reference
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule).
 */
export const PROTOCOLS = [
  'ExchangeActiveSync',
  'ExchangeAdminCenter',
  'ExchangeWebServices',
  'IMAP4',
  'OfflineAddressBook',
  'OutlookAnywhere',
  'OutlookWebApp',
  'POP3',
  'PowerShellWebServices',
  'RemotePowerShell',
  'REST',
  'UniversalOutlook'
] as const
export type Protocol = (typeof PROTOCOLS)[number]

export const AUTHENTICATION_TYPES = [
  'AdfsAuthentication',
  'BasicAuthentication',
  'CertificateBasedAuthentication',
  'NonBasicAuthentication',
  'OAuthAuthentication'
] as const
export type AuthenticationType = (typeof AUTHENTICATION_TYPES)[number]

export const ACTIONS = ['AllowAccess', 'DenyAccess'] as const
export type Action = (typeof ACTIONS)[number]

export const TARGETS = ['ExchangeOnline', 'ExchangeServer'] as const
export type Target = (typeof TARGETS)[number]

export const ACCESS_LEVELS = ['Allow', 'Block', 'Quarantine'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]

export const CHARACTERISTICS = [
  'DeviceModel',
  'DeviceType',
  'DeviceOS',
  'UserAgent',
  'XMSWLHeader'
] as const
export type Characteristic = (typeof CHARACTERISTICS)[number]

/** The 23 recipient properties `UserRecipientFilter` may use in client access rules (§2.1). */
export const FILTER_PROPERTIES = [
  'City',
  'Company',
  'CountryOrRegion',
  ...Array.from({ length: 15 }, (_, i) => `CustomAttribute${i + 1}`),
  'Department',
  'Office',
  'PostalCode',
  'StateOrProvince',
  'StreetAddress'
] as const

/**
 * The authentication types each protocol supports for filtering (§3.5, "Client Access Rules in
 * Exchange Online", authentication types and protocols table). Protocols absent from this table
 * take no authentication-type filter at all.
 */
export const AUTH_TYPES_BY_PROTOCOL: Readonly<
  Partial<Record<Protocol, readonly AuthenticationType[]>>
> = Object.freeze({
  ExchangeActiveSync: [
    'BasicAuthentication',
    'CertificateBasedAuthentication',
    'OAuthAuthentication'
  ],
  ExchangeAdminCenter: ['AdfsAuthentication', 'BasicAuthentication'],
  IMAP4: ['BasicAuthentication', 'OAuthAuthentication'],
  OutlookWebApp: ['AdfsAuthentication', 'BasicAuthentication'],
  POP3: ['BasicAuthentication', 'OAuthAuthentication'],
  RemotePowerShell: ['BasicAuthentication', 'NonBasicAuthentication']
})

/** The authentication types a protocol supports for filtering; empty when it takes none. */
export function authTypesOf(protocol: Protocol): readonly AuthenticationType[] {
  return AUTH_TYPES_BY_PROTOCOL[protocol] ?? []
}

/** The protocols client access rules govern on Exchange Server 2019 / SE (§3.7). */
export const SERVER_PROTOCOLS: readonly Protocol[] = Object.freeze([
  'ExchangeAdminCenter',
  'RemotePowerShell'
])

/** The authentication types Exchange Server 2019 / SE lists for its two protocols (§3.7). */
export const SERVER_AUTH_TYPES: readonly AuthenticationType[] = Object.freeze([
  'AdfsAuthentication',
  'BasicAuthentication',
  'NonBasicAuthentication'
])

/** The protocols of connections a target has: on Exchange Server only EAC and remote PowerShell. */
export function protocolsOf(target: Target): readonly Protocol[] {
  return target === 'ExchangeServer' ? SERVER_PROTOCOLS : PROTOCOLS
}
