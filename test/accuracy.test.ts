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

  it('keeps every span consistent with the input', () => {
    expect(accuracy(figures.spans), details.join('\n')).toBe(1)
  })
})
