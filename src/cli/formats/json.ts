/**
 * The JSON formats. A record is `{"id", ...Article}` or `{"id", "error"}`;
 * `id` comes first so a reader of a long line sees whose it is. Written in
 * chunks (see `json-writer.ts`), so no record is too long to write.
 */
import type {Article} from '../../index.js'
import {jsonChunks, RawJson} from '../json-writer.js'
import type {IdJson} from '../records.js'
import type {Format, FormatSettings} from './format.js'

/** One record per line: the NDJSON (JSON Lines) format. */
export function ndjsonFormat(): Format {
  return {
    head: '',
    separator: '',
    tail: '',
    article: (id, article) => [...jsonChunks(record(id, article)), '\n'],
    failure: (id, error) => [...jsonChunks(failureRecord(id, error)), '\n'],
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
      article: (_id, article) => [...jsonChunks(article, 2), '\n'],
      failure: (id, error) => [...jsonChunks(failureRecord(id, error), 2), '\n'],
    }
  }
  return {
    head: '[',
    separator: ',',
    tail: '\n]\n',
    article: (id, article) => ['\n', ...jsonChunks(record(id, article))],
    failure: (id, error) => ['\n', ...jsonChunks(failureRecord(id, error))],
  }
}

// The id as it was written (an NDJSON number keeps every digit), then the Article.
function record(id: IdJson, article: Article): object {
  return {id: new RawJson(id), ...article}
}

function failureRecord(id: IdJson, error: string): object {
  return {id: new RawJson(id), error}
}
