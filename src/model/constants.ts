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
