/**
 * One engine: from an nlcst tree to the {@link Article}. The plugins and
 * every entry point go through here.
 */
import type {Root} from 'nlcst'
import {attributeQuotes} from '../attribution/attribute-quotes.js'
import {findHedges} from '../hedges/find-hedges.js'
import type {Settings} from '../options.js'
import {findQuotes} from '../quotes/find-quotes.js'
import type {Article} from '../types.js'
import {buildDoc, type Layout} from './document.js'

/** How much of the analysis to run. */
export type Scope = 'paragraphs' | 'all'

/** Analyse a parsed text. */
export function articleFromTree(
  text: string,
  tree: Root,
  settings: Settings,
  scope: Scope = 'all',
  layout?: Layout,
): Article {
  const doc = buildDoc(text, tree, settings, layout)
  if (scope === 'paragraphs') {
    return {text, paragraphs: doc.paragraphs, dateline: doc.dateline, quotes: [], speakers: [], hedges: []}
  }
  const {quotes, speakers} = attributeQuotes(doc, findQuotes(doc))
  const hedges = findHedges(doc, quotes)
  return {text, paragraphs: doc.paragraphs, dateline: doc.dateline, quotes, speakers, hedges}
}
