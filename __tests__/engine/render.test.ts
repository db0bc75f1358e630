import { describe, expect, it } from 'vitest'
import { render } from '../../src/engine/findings.js'

describe('message rendering', () => {
  it('groups counts but shows line numbers as editors do', () => {
    expect(
      render('{{count}} items; first at line {{line}}, other at {{otherLine}}.', {
        count: 5000,
        line: 1234,
        otherLine: 20001
      })
    ).toBe('5,000 items; first at line 1234, other at 20001.')
  })

  it('refuses a template whose placeholder has no value', () => {
    expect(() => render('{{missing}}', {})).toThrow('message placeholder {{missing}} has no value')
  })
})
