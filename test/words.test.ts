import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildDoc, layoutOf} from '../src/engine/document.js'
import {parseFlat} from '../src/engine/parse.js'
import {planSections} from '../src/engine/sections.js'
import {Tag, TAG_WINDOW, tagParagraph, tagStretch} from '../src/engine/tagger.js'
import {buildWordLayer} from '../src/engine/words.js'
import {resolveSettings} from '../src/options.js'
import {findBlockList, findBlocks} from '../src/paragraphs/layout.js'

const settings = resolveSettings(undefined)

function layerOf(text: string) {
  const layout = layoutOf(text, settings)
  return buildWordLayer(buildDoc(text, parseFlat(text, layout.blocks), settings, layout))
}

/** The project's articles as one paragraph of prose, `size` code units long. */
function proseParagraph(size: number): string {
  const corpus = path.join(import.meta.dirname, 'corpus/dev')
  let text = ''
  for (const name of fs.readdirSync(corpus).sort()) {
    if (text.length >= size) break
    text += (JSON.parse(fs.readFileSync(path.join(corpus, name), 'utf8')) as {text: string}).text.replace(/\s+/g, ' ') + ' '
  }
  return text.slice(0, size).trimEnd()
}

describe('tagging long paragraphs', () => {
  it('tags a paragraph longer than a window as one read does', () => {
    const text = proseParagraph(3 * TAG_WINDOW + 999)
    const layer = layerOf(text)
    const words = layer.words
    expect(text.length).toBeGreaterThan(TAG_WINDOW)
    const windowed = new Uint8Array(words.length)
    tagParagraph(text, 0, text.length, words, 0, words.length, (word, tag) => {
      windowed[word] = tag
    })
    const whole = new Uint8Array(words.length)
    tagStretch(text, 0, text.length, words, 0, words.length, whole)
    expect([...windowed]).toEqual([...whole])
    expect(windowed.filter((tag) => tag === Tag.verb).length).toBeGreaterThan(100)
  })

  it('tags a very long word by its ends', () => {
    const layer = layerOf(`The ${'x'.repeat(20_000)} fell.`)
    expect(layer.words.length).toBeGreaterThan(2)
    expect(layer.tags[0]).not.toBe(Tag.none)
    expect(layer.tags[1]).not.toBe(Tag.none)
  })
})

describe('the layout of a whole input, packed', () => {
  it('holds the same blocks as the objects', () => {
    const text = 'Port Strike Ends\n\nBy Dana Whitlock\n\nOne.\nTwo.\n\n\n  Three\n'
    const list = findBlockList(text)
    expect(Array.from(list.starts, (start, index) => ({start, end: list.ends[index]}))).toEqual(findBlocks(text))
  })

  it('cuts sections where it did', () => {
    const text = 'Word\n\n'.repeat(100_000)
    const sections = planSections(text, findBlockList(text))
    expect(sections.length).toBe(3)
    expect(sections[0]).toEqual([0, 33_334])
  })
})
