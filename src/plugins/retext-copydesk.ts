/**
 * The retext plugin: the whole analysis as a transformer on an nlcst tree.
 *
 * @module
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {articleFromTree} from '../engine/article.js'
import {resolveSettings, type AnalyzeOptions} from '../options.js'
import type {Article} from '../types.js'
import {reportArticle} from './report.js'

declare module 'vfile' {
  interface DataMap {
    /** The {@link Article} that {@link retextCopydesk} found in the file. */
    copydesk: Article
  }
}

/**
 * Analyse news text in a retext pipeline. The {@link Article} lands on
 * `file.data.copydesk`; every quote becomes an info message (`ruleId`
 * `quote`), every unattributed quote a warning (`unattributed-quote`) and
 * every hedge cue a warning whose `ruleId` is its category, all with
 * `source` `copydesk`, a `place` and the `actual` text.
 *
 * @param options Lexicon changes, as for {@link analyze}.
 * @returns The transformer.
 *
 * @example
 * ```ts
 * import {retextCopydesk} from 'copydesk'
 * import retextEnglish from 'retext-english'
 * import retextStringify from 'retext-stringify'
 * import {unified} from 'unified'
 * import {reporter} from 'vfile-reporter'
 *
 * const file = await unified()
 *   .use(retextEnglish)
 *   .use(retextCopydesk)
 *   .use(retextStringify)
 *   .process('“We will not back down,” Ortiz said.')
 *
 * file.data.copydesk?.quotes.length // 1
 * console.error(reporter(file))
 * ```
 *
 * @category Plugins
 */
export function retextCopydesk(options?: AnalyzeOptions | null): (tree: Root, file: VFile) => undefined {
  const settings = resolveSettings(options)
  return function (tree, file) {
    const article = articleFromTree(String(file), tree, settings)
    file.data.copydesk = article
    reportArticle(file, article)
    return undefined
  }
}
