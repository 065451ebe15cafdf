/**
 * Findings as vfile messages, written as the unified collective writes
 * them (`source`, `ruleId`, `place`, `ancestors`, `actual`, `url`), so
 * `vfile-reporter`, editors and language servers show them like any
 * retext plugin's: an info per quote, a warning per unattributed quote and
 * per hedge cue.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Article, AttributionPattern, HedgeCategory, Span} from '../types.js'
import {ancestorsOf} from './ancestors.js'

/**
 * The `source` of every message {@link retextCopydesk} emits (`'copydesk'`),
 * to pick copydesk's messages out of a file that other plugins also lint.
 *
 * @example
 * ```ts
 * import {messageSource, retextCopydesk} from 'copydesk'
 * import retextEnglish from 'retext-english'
 * import retextStringify from 'retext-stringify'
 * import {unified} from 'unified'
 *
 * const file = await unified()
 *   .use(retextEnglish)
 *   .use(retextCopydesk)
 *   .use(retextStringify)
 *   .process('“We will not back down,” Ortiz said.')
 *
 * file.messages.filter((message) => message.source === messageSource).length // 1
 * ```
 *
 * @category Plugins
 */
export const messageSource = 'copydesk'

/**
 * The `ruleId` of a message of {@link retextCopydesk}: `quote` (an info per
 * quote), `unattributed-quote` (a warning per quote without a speaker), or
 * a {@link HedgeCategory} (a warning per hedge cue). Each is a section of
 * the README's Messages, which the message's `url` links to.
 *
 * @example
 * ```ts
 * import type {CopydeskRuleId} from 'copydesk'
 *
 * const warnings: CopydeskRuleId[] = ['unattributed-quote', 'weasel']
 * ```
 *
 * @category Plugins
 */
export type CopydeskRuleId = 'quote' | 'unattributed-quote' | HedgeCategory

/**
 * A message of {@link retextCopydesk}: a vfile message whose `source` is
 * {@link messageSource}, with the attribution pattern of the quote it is
 * about in `attribution` (a quote message of a quote with a speaker).
 *
 * @example
 * ```ts
 * import {messageSource, retextCopydesk, type CopydeskMessage} from 'copydesk'
 * import retextEnglish from 'retext-english'
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 *
 * const processor = unified().use(retextEnglish).use(retextCopydesk)
 * const file = new VFile('“We won,” Ortiz said.')
 * await processor.run(processor.parse(file), file)
 *
 * const [message] = file.messages.filter((message) => message.source === messageSource) as CopydeskMessage[]
 * message?.attribution // 'said-after'
 * ```
 *
 * @category Plugins
 */
export type CopydeskMessage = VFile['messages'][number] & {
  /** Always {@link messageSource}. */
  source: typeof messageSource
  /** What the message is about. */
  ruleId: CopydeskRuleId
  /**
   * The pattern that found the quote's speaker (`'said-after'`, …), on a
   * `quote` message of an attributed quote; absent otherwise.
   */
  attribution?: AttributionPattern
}

/** Where the messages of each rule are explained: the README's section of that `ruleId`. */
const docs = 'https://github.com/copydesk/copydesk#'

/** What to report (the plugin's options that shape messages). */
export interface ReportOptions {
  /** Whether each quote gets an info message. */
  quoteInfo: boolean
}

/** Add messages for an article's quotes and hedges to `file`, whose nlcst tree is `tree`. */
export function reportArticle(file: VFile, tree: Root, article: Article, options: ReportOptions): void {
  const place = location(file)
  const point = (offset: number) => place.toPoint(offset) ?? {line: 1, column: 1, offset}
  const emit = (severity: 'info' | 'warning', reason: string, ruleId: CopydeskRuleId, span: Span): CopydeskMessage => {
    const settings = {
      ancestors: ancestorsOf(tree, span.start, span.end),
      place: {start: point(span.start), end: point(span.end)},
      ruleId,
      source: messageSource,
    }
    const message = (severity === 'info' ? file.info(reason, settings) : file.message(reason, settings)) as CopydeskMessage
    message.actual = span.text
    message.url = docs + ruleId
    return message
  }
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  for (const quote of article.quotes) {
    const speaker = quote.speakerId ? speakers.get(quote.speakerId) : undefined
    if (options.quoteInfo) {
      const who = speaker ? `by ${speaker.name}${quote.attribution ? ` (${quote.attribution})` : ''}` : 'unattributed'
      const info = emit('info', `${quote.kind} quote ${who}: ${excerpt(quote.content.text)}`, 'quote', quote)
      if (speaker && quote.attribution) info.attribution = quote.attribution
    }
    if (!speaker) emit('warning', `Unattributed ${quote.kind} quote: ${excerpt(quote.content.text)}`, 'unattributed-quote', quote)
  }
  for (const claim of article.hedges) {
    for (const cue of claim.cues) {
      emit('warning', `Hedge (${cue.category}): \`${cue.text}\` in ${excerpt(claim.text)}`, cue.category, cue)
    }
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `“${flat.slice(0, 57)}…”` : `“${flat}”`
}
