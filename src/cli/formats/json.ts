/**
 * The JSON formats. A record is `{"id", ...Article}` or `{"id", "error"}`;
 * `id` comes first so a reader of a long line sees whose it is.
 */
import type {Format, FormatSettings} from './format.js'

/** One record per line: the NDJSON (JSON Lines) format. */
export function ndjsonFormat(): Format {
  return {
    head: '',
    separator: '',
    tail: '',
    article: (id, article) => `${JSON.stringify({id, ...article})}\n`,
    failure: (id, error) => `${JSON.stringify({id, error})}\n`,
  }
}

/**
 * One article: the Article itself, indented. Several: a JSON array with
 * one record per line, so it stays greppable.
 *
 * @param settings Format settings.
 */
export function jsonFormat(settings: Pick<FormatSettings, 'several'>): Format {
  if (!settings.several) {
    return {
      head: '',
      separator: '',
      tail: '',
      article: (_id, article) => `${JSON.stringify(article, null, 2)}\n`,
      failure: (id, error) => `${JSON.stringify({id, error}, null, 2)}\n`,
    }
  }
  return {
    head: '[',
    separator: ',',
    tail: '\n]\n',
    article: (id, article) => `\n${JSON.stringify({id, ...article})}`,
    failure: (id, error) => `\n${JSON.stringify({id, error})}`,
  }
}
