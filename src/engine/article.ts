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
import {buildDoc, type Layout} from './document.js'
import {flattenTree, type Flattened} from './tokens.js'
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

/** Analyse a parsed text: a tree from retext-english in a user's pipeline. */
export function articleFromTree(text: string, tree: Root, settings: Settings, scope: Scope = 'all', layout?: Layout): Article {
  return articleFromTokens(text, flattenTree(tree, text), settings, scope, layout)
}
