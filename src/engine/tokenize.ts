/**
 * parse-latin's tokenizer (`tokenize`, the first step of every parse-english
 * parse), with the same output but a table lookup per character instead of
 * up to three Unicode regexes.
 *
 * parse-latin classes each UTF-16 code unit as white space, punctuation,
 * word or symbol, then joins runs of one class into nodes. The class of a
 * code unit is asked of parse-latin itself, once per distinct code unit, by
 * tokenizing that one unit: the table cannot drift from the parser's own
 * expressions, whatever version is installed. `test/tokenize.test.ts`
 * checks, over arbitrary strings, that the trees are deeply equal.
 *
 * Without `positions`, nodes get no `position`: parse-english's plugins
 * only patch positions where there are some (their decisions never read
 * them), so the tree is the same but for positions, and it costs a third
 * of the objects. Offsets then follow from the values, which cover the
 * input in order (see `flattenTree`).
 */
import type {Point} from 'unist'
import type {SentenceContent} from 'nlcst'

/** The tokenizer being sped up: parse-latin's own. */
export type Tokenizer = (value: string | null | undefined) => SentenceContent[]

/** The node types parse-latin's tokenizer makes, by class number (0: not asked yet). */
const classTypes = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

type ClassType = Exclude<(typeof classTypes)[number], ''>

/** Options of {@link fastTokenizer}. */
export interface TokenizerOptions {
  /** Whether nodes get positions (line, column, offset), as parse-latin gives them. Default: true. */
  positions?: boolean
}

/**
 * Build a tokenizer equivalent to `original` (a parse-latin `tokenize`,
 * bound to its parser). The class table is filled lazily: a text in Latin
 * script asks about a few dozen code units.
 */
export function fastTokenizer(original: Tokenizer, options: TokenizerOptions = {}): Tokenizer {
  const positions = options.positions ?? true
  const classes = new Uint8Array(0x10000)

  const classOf = (value: string, index: number): number => {
    const code = value.charCodeAt(index)
    const known = classes[code] as number
    if (known !== 0) return known
    const node = original(value.charAt(index))[0]
    const found = node ? classTypes.indexOf(node.type as ClassType) : 4
    classes[code] = found > 0 ? found : 4
    return classes[code] as number
  }

  return (value) => {
    const children: SentenceContent[] = []
    if (!value) return children
    // The point before the code unit being read (tracked only when positions are wanted).
    let line = 1
    let column = 1
    let offset = 0
    let from = 0
    let start: Point = {line, column, offset}
    let previousClass = 0
    let previousCode = -1
    /** Add the run from `from` to `to` as one node. */
    const flush = (to: number): void => {
      const type = classTypes[previousClass] as ClassType
      const text = value.slice(from, to)
      if (!positions) {
        children.push(type === 'WordNode' ? {type, children: [{type: 'TextNode', value: text}]} : {type, value: text})
        return
      }
      // parse-latin shares `start` between a word and its text, and gives each its own `end`.
      children.push(
        type === 'WordNode'
          ? {
              type,
              children: [{type: 'TextNode', value: text, position: {start, end: {line, column, offset}}}],
              position: {start, end: {line, column, offset}},
            }
          : {type, value: text, position: {start, end: {line, column, offset}}},
      )
    }
    const length = value.length
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index)
      const currentClass = classOf(value, index)
      if (
        index > from &&
        !(
          previousClass === currentClass &&
          // Words and white space continue; so do runs of one mark, and surrogates.
          (currentClass === 3 || currentClass === 1 || code === previousCode || (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        flush(index)
        from = index
        if (positions) start = {line, column, offset}
      }
      if (positions) {
        if (code === 0x0d || (code === 0x0a && previousCode !== 0x0d)) {
          line++
          column = 1
        } else if (code !== 0x0a) {
          column++
        }
        offset++
      }
      previousClass = currentClass
      previousCode = code
    }
    flush(length)
    return children
  }
}
