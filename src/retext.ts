/**
 * copydesk as a retext plugin, imported as retext plugins are:
 *
 * ```ts
 * import retextCopydesk from 'copydesk/retext'
 * ```
 *
 * The same plugin as the main entry's named export {@link retextCopydesk}
 * (one function, not a copy), for plain text (retext-english), Markdown
 * (remark-retext) and HTML (rehype-retext) pipelines.
 *
 * @example
 * ```ts
 * import retextCopydesk from 'copydesk/retext'
 * import retextEnglish from 'retext-english'
 * import retextStringify from 'retext-stringify'
 * import {unified} from 'unified'
 *
 * const file = await unified()
 *   .use(retextEnglish)
 *   .use(retextCopydesk, {quoteInfo: false})
 *   .use(retextStringify)
 *   .process('“We won,” Ortiz said. Talks reportedly stalled.')
 *
 * file.messages.map((message) => message.ruleId) // ['evidential']
 * ```
 *
 * @module copydesk/retext
 */
import {retextCopydesk} from './plugins/retext-copydesk.js'

export default retextCopydesk
export {retextCopydesk}
export type {RetextCopydeskOptions} from './plugins/retext-copydesk.js'
export {messageSource, type CopydeskMessage, type CopydeskRuleId} from './plugins/report.js'
