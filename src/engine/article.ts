/**
 * One engine: from the parser's tokens (or an nlcst tree) to the
 * {@link Article}. The plugins and every entry point go through here.
 */
import type {Root} from 'nlcst'
import {attributeQuotes} from '../attribution/attribute-quotes.js'
import {findHedges} from '../hedges/find-hedges.js'
import type {Settings} from '../options.js'
import {findQuotes} from '../quotes/find-quotes.js'
import type {Article} from '../types.js'
import {buildDoc, layoutOfBlocks, type Layout} from './document.js'
import {moveArticle} from './source-map.js'
import type {Flattened} from './tokens.js'
import {readTree} from './tree-input.js'
import {buildWordLayer} from './words.js'

/** How much of the analysis to run. */
export type Scope = 'paragraphs' | 'all'

/** Analyse a text from its tokens and parser sentences (`parseFlat`). */
export function articleFromTokens(
  text: string,
  flat: Flattened,
  settings: Settings,
  scope: Scope = 'all',
  layout?: Layout,
): Article {
  const doc = buildDoc(text, flat, settings, layout)
  if (scope === 'paragraphs') {
    return {text, paragraphs: doc.paragraphs, dateline: doc.dateline, quotes: [], speakers: [], hedges: []}
  }
  const layer = buildWordLayer(doc)
  const {quotes, speakers} = attributeQuotes(layer, findQuotes(layer))
  const hedges = findHedges(doc, quotes)
  return {text, paragraphs: doc.paragraphs, dateline: doc.dateline, quotes, speakers, hedges}
}

/**
 * Analyse the nlcst tree of a file whose text is `source` (a user's
 * pipeline): a parse of the file (retext-english) is read as `analyze`
 * reads the text, with the tree's sentences and tokens; a tree converted
 * from markup (remark-retext, rehype-retext) gives its paragraphs too, and
 * what is found in its words is moved back to the file. Either way every
 * offset of the result is into `source`.
 */
export function articleFromTree(source: string, tree: Root, settings: Settings): Article {
  const input = readTree(source, tree)
  const layout = input.blocks === null ? undefined : layoutOfBlocks(input.text, input.blocks, settings)
  const article = articleFromTokens(input.text, input.flat, settings, 'all', layout)
  return input.map === null ? article : moveArticle(article, source, input.map)
}
