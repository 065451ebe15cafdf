/**
 * The retext plugin: the whole analysis as a transformer on the pipeline's
 * nlcst tree, whatever made it (retext-english from plain text,
 * remark-retext from Markdown, rehype-retext from HTML).
 *
 * @module
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {articleFromTree} from '../engine/article.js'
import {describe} from '../lexicon/list.js'
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
 * Options of {@link retextCopydesk}: the lexicon changes of
 * {@link AnalyzeOptions}, and what to report.
 *
 * @example
 * ```ts
 * import type {RetextCopydeskOptions} from 'copydesk'
 *
 * const options: RetextCopydeskOptions = {quoteInfo: false, cueVerbs: {add: ['harrumph']}}
 * ```
 *
 * @category Options
 */
export interface RetextCopydeskOptions extends AnalyzeOptions {
  /**
   * Whether every quote gets an info message (`ruleId` `quote`). Default:
   * `true`. Pass `false` to keep only the warnings (unattributed quotes and
   * hedge cues), as a check in CI wants them; `file.data.copydesk` still
   * has every quote. `null` counts as not given.
   *
   * @example
   * ```ts
   * import {retextCopydesk} from 'copydesk'
   * import retextEnglish from 'retext-english'
   * import retextStringify from 'retext-stringify'
   * import {unified} from 'unified'
   *
   * const file = await unified()
   *   .use(retextEnglish)
   *   .use(retextCopydesk, {quoteInfo: false})
   *   .use(retextStringify)
   *   .process('“Stay away from the river.”\n\n“We won,” Ortiz said.')
   *
   * file.messages.map((message) => message.ruleId) // ['unattributed-quote']
   * ```
   */
  quoteInfo?: boolean | null | undefined
}

/** The plugin's own options taken off, what is left goes to the engine as {@link AnalyzeOptions}. */
function splitOptions(options: unknown): {analysis: unknown; quoteInfo: boolean} {
  if (typeof options !== 'object' || options === null || !('quoteInfo' in options)) {
    // Unchanged, so the engine's settings stay cached on the user's own object.
    return {analysis: options, quoteInfo: true}
  }
  const {quoteInfo, ...analysis} = options as RetextCopydeskOptions
  if (quoteInfo !== undefined && quoteInfo !== null && typeof quoteInfo !== 'boolean') {
    throw new TypeError(`Expected \`options.quoteInfo\` to be a boolean, not ${describe(quoteInfo)}`)
  }
  return {analysis, quoteInfo: quoteInfo ?? true}
}

/**
 * Analyse news text in a unified pipeline: retext-english for plain text,
 * remark-parse and remark-retext for Markdown, rehype-parse and
 * rehype-retext for HTML. The plugin reads the pipeline's nlcst tree (its
 * paragraphs, sentences and words, and their positions), so a Markdown
 * `# Headline` is a headline without its `#`, and every offset is into the
 * file as it was given.
 *
 * The {@link Article} lands on `file.data.copydesk`. Every quote becomes an
 * info message (`ruleId` `quote`, unless `quoteInfo: false`), every
 * unattributed quote a warning (`unattributed-quote`) and every hedge cue a
 * warning whose `ruleId` is its category: see {@link CopydeskMessage} and
 * the README's Messages.
 *
 * Also the default export of `copydesk/retext`, as retext plugins are
 * imported: `import retextCopydesk from 'copydesk/retext'`.
 *
 * @param options Lexicon changes, as for {@link analyze}, and `quoteInfo`.
 * @returns The transformer.
 * @throws {TypeError} When an option has the wrong type (when the plugin is attached).
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
 * @example
 * Markdown, through remark (a retext pipeline under remark-retext):
 * ```ts
 * import retextCopydesk from 'copydesk/retext'
 * import remarkParse from 'remark-parse'
 * import remarkRetext from 'remark-retext'
 * import retextEnglish from 'retext-english'
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 *
 * const processor = unified()
 *   .use(remarkParse)
 *   .use(remarkRetext, unified().use(retextEnglish).use(retextCopydesk))
 * const file = new VFile('# Port Strike Ends\n\n*By Dana Whitlock*\n\n“We won,” said Maria Ortiz.')
 * await processor.run(processor.parse(file), file)
 *
 * file.data.copydesk?.paragraphs.map((paragraph) => paragraph.text) // ['Port Strike Ends', 'By Dana Whitlock', '“We won,” said Maria Ortiz.']
 * file.data.copydesk?.paragraphs.map((paragraph) => paragraph.kind) // ['headline', 'byline', 'body']
 * ```
 *
 * @category Plugins
 */
export function retextCopydesk(options?: RetextCopydeskOptions | null): (tree: Root, file: VFile) => undefined {
  const {analysis, quoteInfo} = splitOptions(options)
  const settings = resolveSettings(analysis)
  return function (tree, file) {
    const article = articleFromTree(String(file), tree, settings)
    file.data.copydesk = article
    reportArticle(file, tree, article, {quoteInfo})
    return undefined
  }
}
