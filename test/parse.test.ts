import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {MAX_CHUNK, parseChunked} from '../src/engine/parse.js'
import {findBlocks} from '../src/paragraphs/layout.js'

interface Node {
  type: string
  value?: string
  children?: Node[]
  position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
}

function leaves(node: Node, out: Node[] = []): Node[] {
  if (node.children) for (const child of node.children) leaves(child, out)
  else out.push(node)
  return out
}

function expectPlaced(text: string, tree: Root) {
  const place = location(new VFile(text))
  for (const leaf of leaves(tree as Node)) {
    const {start, end} = leaf.position!
    expect(text.slice(start.offset, end.offset)).toBe(leaf.value)
    const point = place.toPoint(start.offset!)
    if (point) expect([start.line, start.column]).toEqual([point.line, point.column])
  }
}

describe('parseChunked', () => {
  const story = 'Bridge Closed\r\n\r\nBy Ada Mensah\r\n\r\n“It is unsafe,” said the engineer. Repairs start in May.\r\n\r\nTraffic will detour.'

  it('gives a concrete tree of the whole input, every leaf at its place', () => {
    const tree = parseChunked(story, findBlocks(story))
    expect(toString(tree)).toBe(story)
    expect(tree.children.filter((node) => node.type === 'ParagraphNode')).toHaveLength(4)
    expectPlaced(story, tree)
  })

  it('places leaves exactly across chunks of a long paragraph and lone CR line endings', () => {
    const sentence = 'The board met on Tuesday and said it would decide by June. '
    const text = `Headline\r\rBy Ada Mensah\r\r${sentence.repeat(Math.ceil((2.5 * MAX_CHUNK) / sentence.length))}`
    const blocks = findBlocks(text)
    expect(blocks[2]!.end - blocks[2]!.start).toBeGreaterThan(2 * MAX_CHUNK)
    const tree = parseChunked(text, blocks)
    expect(toString(tree)).toBe(text)
    expectPlaced(text, tree)
  })
})
