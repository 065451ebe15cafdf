/**
 * The nlcst nodes a message is about, as unified messages give them in
 * `ancestors`: from the root down to the smallest node that holds the whole
 * finding (a word for a one-word hedge cue, the sentence of a quote, the
 * paragraph of a quote over sentences, the root of one over paragraphs).
 */
import type {Node} from 'unist'

interface Placed {
  type: string
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
  children?: Placed[]
}

/** Whether `node` holds the source from `start` to `end`. */
function holds(node: Placed, start: number, end: number): boolean {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  return from !== undefined && to !== undefined && from <= start && end <= to
}

/**
 * The child of `parent` that holds the source from `start` to `end`.
 * Children are in order: a binary search on their ends finds the first
 * that ends after `start` (white space and nodes without a place are passed
 * over on the way).
 */
function holdingChild(parent: Placed, start: number, end: number): Placed | undefined {
  const children = parent.children ?? []
  let low = 0
  let high = children.length
  while (low < high) {
    const middle = (low + high) >> 1
    const to = (children[middle] as Placed).position?.end.offset
    if (to !== undefined && to <= start) low = middle + 1
    else high = middle
  }
  for (let index = Math.max(0, low - 1); index < children.length; index++) {
    const child = children[index] as Placed
    if (holds(child, start, end)) return child
    const from = child.position?.start.offset
    if (from !== undefined && from > start) break
  }
  return undefined
}

/**
 * The nodes from `tree` down to the smallest node below a word that holds
 * the source from `start` to `end`; `[tree]` when no paragraph holds it all.
 */
export function ancestorsOf(tree: Node, start: number, end: number): Node[] {
  const path: Node[] = [tree]
  let node = tree as Placed
  // A word is the smallest node a message names: its parts are the parser's business.
  while (node.type !== 'WordNode' && node.children) {
    const child = holdingChild(node, start, end)
    if (!child) break
    path.push(child as Node)
    node = child
  }
  return path
}
