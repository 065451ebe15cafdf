/**
 * Quotations in marks: direct and partial quotes.
 */
import type {Doc} from '../engine/document.js'
import type {Quote} from '../types.js'

/** Find the direct and partial quotes of a document, in order. */
export function findQuotes(doc: Doc): Quote[] {
  void doc
  return []
}
