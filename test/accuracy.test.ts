// Accuracy on the project's own annotated corpus (test/corpus): original
// articles in every layout. The floors sit just under what was measured
// when they were set (see CHANGELOG), so a rule change that loses accuracy
// fails here.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {accuracy, prf, scoreCorpus, type GoldArticle} from '../scripts/score.mjs'
import {analyze} from '../src/index.js'

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus')
const golds: GoldArticle[] = fs
  .readdirSync(corpus)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(fs.readFileSync(path.join(corpus, name), 'utf8')) as GoldArticle)

const {figures, details} = scoreCorpus(analyze, golds)

describe('the project corpus', () => {
  it('has enough articles, in every layout', () => {
    expect(golds.length).toBeGreaterThanOrEqual(30)
    const layouts = new Set(golds.map((gold) => gold.layout))
    for (const layout of ['blank-lines', 'lines', 'hard-wrapped', 'indented', 'crlf', 'mixed']) {
      expect(layouts.has(layout), layout).toBe(true)
    }
  })
})

describe('accuracy floors', () => {
  it('finds paragraph boundaries', () => {
    expect(prf(figures.paragraphBoundaries).f1, details.join('\n')).toBeGreaterThanOrEqual(0.99)
  })

  it('gives paragraphs their kinds', () => {
    expect(accuracy(figures.paragraphKinds), details.join('\n')).toBeGreaterThanOrEqual(0.98)
  })

  it('finds datelines', () => {
    expect(accuracy(figures.datelines), details.join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('finds quotes in marks', () => {
    expect(prf(figures.markedLenient).f1, details.join('\n')).toBeGreaterThanOrEqual(0.98)
    expect(prf(figures.markedExact).f1, details.join('\n')).toBeGreaterThanOrEqual(0.96)
  })

  it('tells direct from partial quotes', () => {
    expect(accuracy(figures.quoteKinds), details.join('\n')).toBeGreaterThanOrEqual(0.97)
  })

  it('attributes quotes in marks to their speakers', () => {
    expect(accuracy(figures.markedAttribution), details.join('\n')).toBeGreaterThanOrEqual(0.9)
  })

  it('finds indirect quotes and their speakers', () => {
    expect(prf(figures.indirect).f1, details.join('\n')).toBeGreaterThanOrEqual(0.9)
    expect(accuracy(figures.indirectAttribution), details.join('\n')).toBeGreaterThanOrEqual(0.81)
  })

  it('lists the speakers and flags the anonymous ones', () => {
    expect(prf(figures.speakers).f1, details.join('\n')).toBeGreaterThanOrEqual(0.88)
    expect(accuracy(figures.anonymous), details.join('\n')).toBeGreaterThanOrEqual(0.96)
  })

  it('finds hedge cues and their categories', () => {
    expect(prf(figures.hedgeCues).f1, details.join('\n')).toBeGreaterThanOrEqual(0.97)
    expect(accuracy(figures.hedgeCategories), details.join('\n')).toBeGreaterThanOrEqual(0.98)
    expect(accuracy(figures.hedgedClaimPrecision), details.join('\n')).toBeGreaterThanOrEqual(0.96)
  })

  it('keeps every span consistent with the input', () => {
    expect(accuracy(figures.spans), details.join('\n')).toBe(1)
  })
})
