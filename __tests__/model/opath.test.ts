import { describe, expect, it } from 'vitest'
import { evaluateFilter, parseFilter, type FilterNode } from '../../src/model/opath.js'

const parse = (text: string, depth?: number) => {
  const r = parseFilter(text, depth)
  if (!r.ok) throw new Error(`${r.messageId} at ${r.span.start}`)
  return r
}
const holds = (text: string, user: Record<string, string>) => evaluateFilter(parse(text).root, user)
const error = (text: string, depth?: number) => {
  const r = parseFilter(text, depth)
  return r.ok ? undefined : [r.messageId, r.span.start, r.span.end]
}

describe('OPATH parser', () => {
  it('reads comparisons, case-insensitive operators and property names', () => {
    const r = parse("department -EQ 'IT' -AND city -like 'Red*'")
    expect(r.comparisons.map((c) => [c.property, c.canonical, c.op])).toEqual([
      ['department', 'Department', 'eq'],
      ['city', 'City', 'like']
    ])
    expect(r.comparisons[1]!.valueSpan).toEqual({ start: 36, end: 42 })
  })

  it('reads doubled quotes, double quotes, $null/$true/$false, bare words and braces', () => {
    const [a] = parse("Company -eq 'O''Brien'").comparisons
    expect(a!.value).toEqual({ kind: 'string', text: "O'Brien", typographic: false })
    const [b] = parse('{City -eq "New ""York"""}').comparisons
    expect(b!.value).toEqual({ kind: 'string', text: 'New "York"', typographic: false })
    expect(parse('Office -eq $NULL').comparisons[0]!.value).toEqual({ kind: 'null' })
    expect(parse('Office -ne $true').comparisons[0]!.value).toEqual({ kind: 'true' })
    expect(parse('PostalCode -eq 98052').comparisons[0]!.value).toEqual({
      kind: 'bare',
      text: '98052'
    })
  })

  it('reads typographic quotes and dashes as PowerShell does, and marks them', () => {
    const r = parse('Department \u2013eq \u2018Sales\u2019 \u2014and City -eq \u201cX\u201d')
    expect(r.comparisons[0]!.opTypographic).toBe(true)
    expect(r.comparisons[0]!.value).toEqual({ kind: 'string', text: 'Sales', typographic: true })
    expect(r.typographicDashes).toEqual([{ start: 23, end: 27 }])
  })

  it.each([
    ['', ['empty', 0, 0]],
    ["CustomAttribute1 -eq 'AllowOWA' -and CountryOrRegion -eq AU'", ['unterminated', 59, 60]],
    ["(City -eq 'X'", ['unclosedParen', 0, 1]],
    ["City -eq 'X')", ['unexpectedParen', 12, 13]],
    ["City -eq 'X' -and", ['dangling', 13, 17]],
    ["-and City -eq 'X'", ['dangling', 0, 4]],
    ["City 'X'", ['expectedComparison', 5, 8]],
    ["City -match 'X'", ['unknownOperator', 5, 11]],
    ['City -eq', ['expectedValue', 5, 8]],
    ["City -eq 'X' City -eq 'Y'", ['expectedLogical', 13, 17]],
    ['City -eq $user', ['variable', 9, 14]],
    ["City -eq 'X' }", ['braces', 13, 14]],
    ["'X' -eq City", ['expectedProperty', 0, 3]],
    ["City -eq 'X' ; Remove-Item", ['unexpected', 13, 14]]
  ])('rejects %j', (text, expected) => {
    expect(error(text)).toEqual(expected)
  })

  it('caps nesting without exhausting the stack, whatever the depth', () => {
    expect(error('('.repeat(33) + "City -eq 'X'" + ')'.repeat(33))).toEqual(['tooDeep', 32, 33])
    expect(error('('.repeat(32) + "City -eq 'X'" + ')'.repeat(32))).toBeUndefined()
    expect(error('-not '.repeat(100_000) + "City -eq 'X'")?.[0]).toBe('tooDeep')
    expect(error('('.repeat(200_000))?.[0]).toBe('tooDeep')
    expect(error('('.repeat(3) + "City -eq 'X'" + ')'.repeat(3), 2)).toEqual(['tooDeep', 2, 3])
  })

  it('parses and evaluates a very long flat chain iteratively', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `CustomAttribute1 -eq 'v${i}'`).join(
      ' -or '
    )
    const r = parse(text)
    expect(r.comparisons).toHaveLength(50_000)
    expect(evaluateFilter(r.root, { CustomAttribute1: 'v49999' })).toBe(true)
    expect(evaluateFilter(r.root, { CustomAttribute1: 'none' })).toBe(false)
  })
})

describe('OPATH evaluation (FORMAT.md: a property not given is empty)', () => {
  it.each([
    ["Department -eq 'IT'", { Department: 'it' }, true],
    ["Department -eq 'IT'", {}, false],
    ["Department -ne 'IT'", {}, true],
    ["Department -ne 'IT'", { Department: 'IT' }, false],
    ["Department -like 'Sa*'", { Department: 'Sales' }, true],
    ["Department -like 'Sa*'", {}, false],
    ["Department -notlike 'Sa*'", {}, true],
    ['Department -eq $null', {}, true],
    ['Department -ne $null', { Department: 'IT' }, true],
    ["PostalCode -lt '5'", { PostalCode: '4000' }, true],
    ["PostalCode -gt '5'", {}, false],
    ["Title -eq 'CEO'", { Department: 'CEO' }, false],
    ["-not (Department -eq 'IT') -and City -eq 'Paris'", { City: 'Paris' }, true],
    ["Department -eq 'IT' -or -not City -eq 'Paris'", { City: 'Paris' }, false],
    [
      "(CountryOrRegion -eq 'US' -and Department -eq 'Sales') -or Department -eq 'Research'",
      { Department: 'Research' },
      true
    ]
  ])('%s for %j is %s', (text, user, expected) => {
    expect(holds(text, user)).toBe(expected)
  })

  it('binds -and tighter than -or', () => {
    const r = parse("City -eq 'A' -or City -eq 'B' -and Office -eq 'C'")
    const root = r.root as { kind: string; right: FilterNode }
    expect(root.kind).toBe('or')
    expect(root.right.kind).toBe('and')
  })
})
