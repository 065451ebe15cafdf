/**
 * Quotations in marks: direct and partial quotes. Pairs the marks, then
 * keeps the pairs the evidence says are quotes and tells whole utterances
 * from fragments.
 */
import {skipBlank, trimBlankEnd} from '../engine/chars.js'
import {span, type Doc} from '../engine/document.js'
import type {WordLayer} from '../engine/words.js'
import type {Quote} from '../types.js'
import {contentForm} from './content.js'
import {cueDistanceBefore, cueFollows, cuesAround, opensSentence, readBefore, sentenceAt, sentenceCues} from './context.js'
import {isQuote, type SpanEvidence} from './evidence.js'
import {quoteKind} from './kind.js'
import {pairMarks, type MarkedSpan} from './pair.js'

/**
 * Find the direct and partial quotes of a document, in order of
 * appearance. Speaker, mention and cue are left `null` for attribution to
 * fill in.
 */
export function findQuotes(layer: WordLayer): Quote[] {
  const {doc} = layer
  const {text} = doc
  const cues = sentenceCues(layer)
  const quotes: Quote[] = []
  // Enclosing spans of the current one, outermost first (spans come in order of their opening marks).
  const enclosing: MarkedSpan[] = []
  let lastDirect: Quote | undefined
  for (const marked of pairMarks(layer)) {
    while (enclosing.length > 0 && (enclosing[enclosing.length - 1] as MarkedSpan).close < marked.open) enclosing.pop()
    const parent = enclosing[enclosing.length - 1]
    enclosing.push(marked)
    const contentStart = skipBlank(text, marked.open + 1, marked.close)
    const contentEnd = trimBlankEnd(text, contentStart, marked.close)
    const paragraph = doc.paragraphs[marked.paragraphs[0] as number]
    if (!paragraph) continue
    const limit = parent ? parent.open + 1 : paragraph.start
    const before = readBefore(text, marked.open, limit)
    before.cueDistance = cueDistanceBefore(layer, marked.open, limit)
    const around = cuesAround(layer, cues, marked.open, marked.close + 1)
    const evidence: SpanEvidence = {
      form: contentForm(text, contentStart, contentEnd),
      before,
      opensSentence: opensSentence(doc, marked.open, limit, before),
      cueOutside: around.before || around.after,
      cueBefore: around.before,
      cueFollows: cueFollows(layer, marked.close + 1, doc.paragraphs[marked.paragraphs[marked.paragraphs.length - 1] as number]?.end ?? text.length),
      resumesQuote: !parent && before.char === ',' && resumes(doc, lastDirect, marked.open),
      depth: parent ? marked.depth || 1 : 0,
    }
    if (!isQuote(evidence, doc.settings)) continue
    // Fields written out (no spread of a span): spreading into a literal is far slower, and the order is the span's.
    const quote: Quote = {
      start: marked.open,
      end: marked.close + 1,
      text: text.slice(marked.open, marked.close + 1),
      id: `q${quotes.length + 1}`,
      kind: quoteKind(evidence, doc.settings),
      content: span(text, contentStart, contentEnd),
      paragraphs: marked.paragraphs.slice(),
      speakerId: null,
      mention: null,
      cue: null,
    }
    quotes.push(quote)
    if (!parent) lastDirect = quote.kind === 'direct' ? quote : undefined
  }
  return quotes
}

/**
 * Whether a span opening at `open` after a comma resumes `previous`, a
 * direct quote of the same sentence that ended on a comma: the two halves
 * of an utterance split by its attribution.
 */
function resumes(doc: Doc, previous: Quote | undefined, open: number): boolean {
  if (!previous || !previous.content.text.endsWith(',')) return false
  return sentenceAt(doc.sentences, previous.end - 1) === sentenceAt(doc.sentences, open)
}
