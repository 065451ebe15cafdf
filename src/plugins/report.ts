/**
 * Findings as vfile messages, so `vfile-reporter` and friends can print
 * them: an info per quote, a warning per unattributed quote and per hedge
 * cue.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Article, Span} from '../types.js'

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

/** Add messages for an article's quotes and hedges to `file`. */
export function reportArticle(file: VFile, article: Article): void {
  const place = location(file)
  const position = (span: Span) => ({
    start: place.toPoint(span.start) ?? {line: 1, column: 1, offset: span.start},
    end: place.toPoint(span.end) ?? {line: 1, column: 1, offset: span.end},
  })
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  for (const quote of article.quotes) {
    const speaker = quote.speakerId ? speakers.get(quote.speakerId) : undefined
    const who = speaker ? `by ${speaker.name}` : 'unattributed'
    const info = file.info(`${quote.kind} quote ${who}: ${excerpt(quote.content.text)}`, {
      place: position(quote),
      ruleId: 'quote',
      source: messageSource,
    })
    info.actual = quote.text
    if (!speaker) {
      const warning = file.message(`Unattributed ${quote.kind} quote: ${excerpt(quote.content.text)}`, {
        place: position(quote),
        ruleId: 'unattributed-quote',
        source: messageSource,
      })
      warning.actual = quote.text
    }
  }
  for (const claim of article.hedges) {
    for (const cue of claim.cues) {
      const warning = file.message(`Hedge (${cue.category}): \`${cue.text}\` in ${excerpt(claim.text)}`, {
        place: position(cue),
        ruleId: cue.category,
        source: messageSource,
      })
      warning.actual = cue.text
    }
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `“${flat.slice(0, 57)}…”` : `“${flat}”`
}
