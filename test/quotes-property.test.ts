import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {detectQuotes, type Quote, type Span} from '../src/index.js'

/** Strings mixing every quotation mark, apostrophes, letters, spaces, punctuation and newlines. */
const pieces = [
  '“', '”', '„', '"', '‘', '’', "'", '«', '»', '‹', '›', ' ', ' ', '\n', '\n\n', '\r\n', '\t', 'a', 'We',
  'the', 'said', 'Ortiz', 'workers', 's', 'n', 'em', '90s', 'don', 't', '.', ',', ':', '—', '?', 'so-called',
]
const newsish = fc.array(fc.constantFrom(...pieces), {maxLength: 120}).map((parts) => parts.join(''))

const consistent = (text: string, span: Span) =>
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.start <= span.end &&
  span.end <= text.length &&
  text.slice(span.start, span.end) === span.text

/** Two quotes may only overlap when one lies entirely inside the other's content. */
const nestedOrApart = (a: Quote, b: Quote) =>
  a.end <= b.start ||
  b.end <= a.start ||
  (b.start >= a.content.start && b.end <= a.content.end) ||
  (a.start >= b.content.start && a.end <= b.content.end)

function checkQuotes(text: string): void {
  const quotes = detectQuotes(text)
  quotes.forEach((quote, index) => {
    expect(consistent(text, quote)).toBe(true)
    expect(consistent(text, quote.content)).toBe(true)
    expect(quote.content.start).toBeGreaterThanOrEqual(quote.start)
    expect(quote.content.end).toBeLessThanOrEqual(quote.end)
    expect(quote.paragraphs.length).toBeGreaterThan(0)
    // Every kind a result can have: indirect quotes are results too.
    expect(['direct', 'partial', 'indirect']).toContain(quote.kind)
    if (quote.kind === 'indirect') {
      // Reported speech has no marks: the quote is its content.
      expect([quote.content.start, quote.content.end]).toEqual([quote.start, quote.end])
    } else {
      // The marks lie outside the content, one on each side.
      expect(quote.content.start).toBeGreaterThan(quote.start)
      expect(quote.content.end).toBeLessThan(quote.end)
    }
    expect(quote.id).toBe(`q${index + 1}`)
    const previous = quotes[index - 1]
    if (previous) expect(previous.start).toBeLessThanOrEqual(quote.start)
    for (const other of quotes.slice(0, index)) expect(nestedOrApart(other, quote)).toBe(true)
  })
  expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes)
}

describe('detectQuotes on arbitrary text', () => {
  test('mixed marks, apostrophes and newlines: never throws, spans consistent, nested or apart', () => {
    fc.assert(fc.property(newsish, (text) => checkQuotes(text)), {numRuns: 400})
  })

  test('reported speech: an indirect quote, which the generators above make only now and then, holds them too', () => {
    // The example of QuoteKind's documentation.
    const text = 'Ortiz said the union would strike.'
    checkQuotes(text)
    expect(detectQuotes(text).map((quote) => quote.kind)).toEqual(['indirect'])
  })

  test('any unicode string', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => checkQuotes(text)), {numRuns: 200})
  })

  test('only marks', () => {
    const marks = fc.array(fc.constantFrom('“', '”', '„', '"', '‘', '’', "'", '«', '»', '‹', '›', ' ', '\n\n'), {maxLength: 80})
    fc.assert(fc.property(marks, (parts) => checkQuotes(parts.join(''))), {numRuns: 200})
  })
})
