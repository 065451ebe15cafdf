import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {MAX_CHUNK, parseChunked} from '../src/engine/parse.js'
import {flattenTree} from '../src/engine/tokens.js'
import {findBlocks} from '../src/paragraphs/layout.js'

describe('parseChunked', () => {
  const story = 'Bridge Closed\r\n\r\nBy Ada Mensah\r\n\r\n“It is unsafe,” said the engineer. Repairs start in May.\r\n\r\nTraffic will detour.'

  it('parses each block into a chunk that records its offset in the input', () => {
    const blocks = findBlocks(story)
    const tree = parseChunked(story, blocks)
    expect(tree.children).toHaveLength(blocks.length)
    tree.children.forEach((chunk, index) => {
      expect(chunk.type).toBe('ParagraphNode')
      if (chunk.type !== 'ParagraphNode') return
      expect(chunk.data?.copydeskOffset).toBe(blocks[index]!.start)
      expect(toString(chunk)).toBe(story.slice(blocks[index]!.start, blocks[index]!.end))
    })
  })

  it('gives tokens at their place in the input, across the chunks of a long paragraph', () => {
    const sentence = 'The board met on Tuesday and said it would decide by June. '
    const text = `Headline\r\rBy Ada Mensah\r\r${sentence.repeat(Math.ceil((2.5 * MAX_CHUNK) / sentence.length))}`
    const blocks = findBlocks(text)
    expect(blocks[2]!.end - blocks[2]!.start).toBeGreaterThan(2 * MAX_CHUNK)
    const tree = parseChunked(text, blocks)
    expect(tree.children.length).toBeGreaterThanOrEqual(5)
    const {tokens, sentences} = flattenTree(tree, text)
    for (const token of tokens) expect(token.value).toBe(text.slice(token.start, token.end))
    const words = tokens.filter((token) => token.kind === 'word').map((token) => token.value)
    expect(words.join(' ')).toBe(text.split(/[\s.]+/).filter(Boolean).join(' '))
    expect(sentences.filter((range) => text.slice(range.start, range.end) === sentence.trim()).length).toBe(
      Math.ceil((2.5 * MAX_CHUNK) / sentence.length),
    )
  })
})
