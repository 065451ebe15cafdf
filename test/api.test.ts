import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SECTION_SIZE} from '../src/engine/sections.js'
import {analyze, detectHedges, detectQuotes, detectSpeakers, splitParagraphs, type Article} from '../src/index.js'
import {spansOf} from './spans.js'

const entryPoints = {analyze, splitParagraphs, detectQuotes, detectSpeakers, detectHedges}

function expectConsistent(input: string, article: Article) {
  for (const [what, span] of spansOf(article)) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true)
    expect(span.start <= span.end && span.end <= input.length, what).toBe(true)
    expect(input.slice(span.start, span.end), what).toBe(span.text)
  }
}

describe('arguments', () => {
  for (const [name, entry] of Object.entries(entryPoints)) {
    it(`${name} throws a TypeError naming \`text\` for a non-string`, () => {
      for (const value of [42, null, undefined, {}, ['text'], Buffer.from('text')]) {
        expect(() => (entry as (text: unknown) => unknown)(value)).toThrow(TypeError)
        expect(() => (entry as (text: unknown) => unknown)(value)).toThrow(/`text`/)
      }
    })

    it(`${name} throws a TypeError naming the option for a wrong option`, () => {
      const call = entry as (text: string, options: unknown) => unknown
      expect(() => call('A story.', 'strict')).toThrow(/`options`/)
      expect(() => call('A story.', {boilerplate: 'Advertisement'})).toThrow(/`options.boilerplate`/)
      expect(() => call('A story.', {boilerplate: {add: [1]}})).toThrow(/`options.boilerplate.add`/)
      expect(() => call('A story.', {colour: true})).toThrow(/`options.colour`/)
    })
  }

  it('says what it expected and what it got', () => {
    expect(() => splitParagraphs(42 as unknown as string)).toThrow('Expected `text` to be a string, not `42` (number)')
  })
})

describe('odd input', () => {
  it('returns an empty article for empty and whitespace-only input', () => {
    for (const input of ['', '   ', '\n\n\t\r\n', '\ufeff', '\u00a0\u2029']) {
      const article = analyze(input)
      expect(article).toEqual({text: input, paragraphs: [], dateline: null, quotes: [], speakers: [], hedges: []})
    }
  })

  it('analyses a megabyte without a newline, in bounded chunks with exact offsets', () => {
    const sentence = 'The committee met again on Tuesday and said it would decide by June. '
    const input = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const [paragraph, ...rest] = splitParagraphs(input)
    expect(rest).toHaveLength(0)
    expect(paragraph?.text).toBe(input.trimEnd())
    expect(paragraph?.sentences.length).toBe(Math.ceil(1_000_000 / sentence.length))
    expect(paragraph?.sentences.every((item) => item.text === sentence.trim())).toBe(true)
  })

  it('survives binary noise and lone surrogates', () => {
    let noise = ''
    for (let index = 0; index < 20_000; index++) noise += String.fromCharCode((index * 7919) % 0xffff)
    const input = `${noise}\ud800 “unclosed ‘marks \udfff”’ ${noise}`
    expectConsistent(input, analyze(input))
  })
})

describe('long inputs', () => {
  const story = [
    'Dam Inspection Finds Cracks',
    'By Tomas Ferreira',
    'Engineers found cracks in the Kettle Creek dam on Monday, according to the county water authority.',
    '“We are not in danger today, but we could be by spring,” said Alma Reyes, the authority’s director.',
    'Reyes said repairs would probably cost about $4 million.',
  ].join('\n\n')

  it('analyses an input far longer than any story in sections, joined into one article', () => {
    const one = analyze(story)
    const copies = Math.ceil((2.5 * SECTION_SIZE) / story.length)
    const input = Array.from({length: copies}, () => story).join('\n\n')
    expect(input.length).toBeGreaterThan(2 * SECTION_SIZE)
    const article = analyze(input)
    expectConsistent(input, article)
    expect(article.paragraphs).toHaveLength(copies * one.paragraphs.length)
    expect(article.paragraphs.map((paragraph) => paragraph.index)).toEqual(article.paragraphs.map((_, index) => index))
    expect(article.quotes).toHaveLength(copies * one.quotes.length)
    expect(article.quotes.map((quote) => quote.id)).toEqual(article.quotes.map((_, index) => `q${index + 1}`))
    expect(article.hedges).toHaveLength(copies * one.hedges.length)
    // The same speakers throughout: merged by name, every quote id theirs.
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(one.speakers.map((speaker) => speaker.name))
    const ids = new Set(article.quotes.map((quote) => quote.id))
    for (const speaker of article.speakers) for (const id of speaker.quoteIds) expect(ids.has(id)).toBe(true)
    for (const claim of article.hedges) if (claim.hedgedBy !== 'author') expect(ids.has(claim.hedgedBy.quoteId)).toBe(true)
    expect(article.dateline).toEqual(one.dateline)
  })
})

describe('properties', () => {
  const newsy = fc.string({
    unit: fc.constantFrom(...'ab Ze.,;:!?—-\n\r\t“”‘’"\'«»„‹›()0123456789\u00a0\ufeff'.split(''), 'said', 'Mr.', 'U.S.', 'He', '\n\n'),
    maxLength: 400,
  })

  // Any UTF-16 code unit: control characters, lone surrogates, every mark.
  const anyCodeUnits = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 300})
  const anyText = fc.oneof(newsy, anyCodeUnits, fc.string({unit: 'grapheme', maxLength: 200}))

  it('never throws, keeps every span consistent and round-trips through JSON', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const article = analyze(input)
        expectConsistent(input, article)
        expect(JSON.parse(JSON.stringify(article))).toEqual(article)
      }),
      {numRuns: 300},
    )
  })

  it('never throws from any entry point, on any string, and keeps every span consistent', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expectConsistent(input, analyze(input))
        const article = {text: input, paragraphs: splitParagraphs(input), dateline: null, quotes: detectQuotes(input), speakers: detectSpeakers(input), hedges: detectHedges(input)}
        expectConsistent(input, article)
      }),
      {numRuns: 300},
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expect(analyze(input)).toEqual(analyze(input))
      }),
      {numRuns: 100},
    )
  })

  it('gives paragraphs in order, disjoint, trimmed and covering every non-blank character', () => {
    fc.assert(
      fc.property(newsy, (input) => {
        const paragraphs = splitParagraphs(input)
        let covered = 0
        let previousEnd = 0
        for (const [index, paragraph] of paragraphs.entries()) {
          expect(paragraph.index).toBe(index)
          expect(paragraph.start).toBeGreaterThanOrEqual(previousEnd)
          expect(paragraph.text.trim().length).toBeGreaterThan(0)
          covered += paragraph.text.replace(/[\s\ufeff]/g, '').length
          previousEnd = paragraph.end
        }
        expect(covered).toBe(input.replace(/[\s\ufeff]/g, '').length)
      }),
      {numRuns: 300},
    )
  })
})
