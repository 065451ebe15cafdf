import fc from 'fast-check'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
import {fastTokenizer} from '../src/engine/tokenize.js'

/** parse-english as published, and one whose tokenizer is copydesk's. */
const reference = new ParseEnglish()
const fast = new ParseEnglish()
fast.tokenize = fastTokenizer(fast.tokenize.bind(fast))
/** One whose tokenizer gives no positions, as copydesk's chunked parse uses. */
const unplaced = new ParseEnglish()
unplaced.tokenize = fastTokenizer(unplaced.tokenize.bind(unplaced), {positions: false})

/** A tree as plain data without its positions. */
function withoutPositions(tree: unknown): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 120})
/** Text made of the pieces news has: words, marks, runs of one mark, spaces, every line break, emoji. */
const newsPieces = [
  'Ortiz', 'said', 'don’t', "it's", 'U.S.', '3.5', '—', '–', '-', '...', '…', '!!', '?', '“', '”', '"', '‘', '’', "'",
  ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\u00a0', '\u2028', '\u3000', '€', '$', '%', '#', '@', '&', '/', '😀', '👩‍⚕️',
  'é', 'ß', 'Ж', '中文', '٣', '\u0301', '\u0000', '\u200b', '\ufeff',
]
const newsish = fc.array(fc.constantFrom(...newsPieces), {maxLength: 80}).map((parts) => parts.join(''))

describe('fastTokenizer', () => {
  test('tokens equal parse-latin’s on a news paragraph', () => {
    const text = 'WASHINGTON (AP) — “We won’t back down,” Gov. Ruth A. Diaz said Tuesday, citing a 3.5% rise.\r\nHe left…'
    const tokens = fast.tokenize(text)
    expect(tokens).toEqual(reference.tokenize(text))
    expect(tokens.map((node) => node.type)).toContain('SymbolNode')
    expect(tokens.at(-1)?.position?.end).toEqual({line: 2, column: 9, offset: text.length})
  })

  test('empty and missing values give no tokens', () => {
    expect(fast.tokenize('')).toEqual([])
    expect(fast.tokenize(undefined)).toEqual([])
  })

  test('any code units, lone surrogates included: the same tokens and positions', () => {
    fc.assert(
      fc.property(codeUnits, (text) => {
        expect(fast.tokenize(text)).toEqual(reference.tokenize(text))
      }),
      {numRuns: 500},
    )
  })

  test('any unicode text: the same paragraph trees after every parse-english plugin', () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string({unit: 'grapheme', maxLength: 150})), (text) => {
        expect(fast.tokenizeParagraph(text)).toEqual(reference.tokenizeParagraph(text))
        expect(fast.parse(text)).toEqual(reference.parse(text))
      }),
      {numRuns: 500},
    )
  })

  test('without positions: the same trees but for positions, and none anywhere', () => {
    // Two sentences: a break at the blank line (no full stop), none after `May…` (lower case follows).
    const text = '“It is unsafe,” said the engineer\n\nRepairs start in May… or June.'
    const tree = unplaced.tokenizeParagraph(text)
    expect(JSON.stringify(tree)).not.toContain('"position"')
    expect(toString(tree)).toBe(text)
    expect(tree.children.filter((node) => node.type === 'SentenceNode')).toHaveLength(2)
    fc.assert(
      fc.property(fc.oneof(newsish, codeUnits, fc.string({unit: 'grapheme', maxLength: 150})), (text) => {
        const paragraph = unplaced.tokenizeParagraph(text)
        expect(paragraph).toEqual(withoutPositions(reference.tokenizeParagraph(text)))
        expect(toString(paragraph)).toBe(text)
      }),
      {numRuns: 500},
    )
  })
})
