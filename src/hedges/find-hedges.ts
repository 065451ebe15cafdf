/**
 * Hedged claims: sentences or clauses whose assertion is presented as less
 * than certain, with their cues.
 */
import type {Doc} from '../engine/document.js'
import type {HedgedClaim, Quote} from '../types.js'

/** Find the hedged claims of a document, in order. */
export function findHedges(doc: Doc, quotes: readonly Quote[]): HedgedClaim[] {
  void doc
  void quotes
  return []
}
