/**
 * An output format: how each record is written, and what goes around and
 * between records. Records are rendered where they are analysed (in the
 * workers), so a format is built from plain, cloneable settings.
 */
import type {Article} from '../../index.js'
import type {FormatName} from '../args.js'
import type {IdJson} from '../records.js'
import {htmlFormat} from './html.js'
import {jsonFormat, ndjsonFormat} from './json.js'
import {textFormat} from './text.js'

/** What a format needs to know; cloneable, so workers get it too. */
export interface FormatSettings {
  name: FormatName
  /** Whether the inputs name several articles (a collection) or one. */
  several: boolean
  /** Whether to colour text output (ANSI escapes). */
  colour: boolean
  /** A title for the whole output (the HTML page's). */
  title: string
}

/** How records are written. */
export interface Format {
  /** Before the first record. */
  head: string
  /** Between two records. */
  separator: string
  /** After the last record. */
  tail: string
  /**
   * An analysed article, in chunks (see `chunks.ts`); `index` is its
   * position in the output, from 0.
   */
  article: (id: IdJson, article: Article, index: number) => string[]
  /** A record that failed, and why, in chunks. */
  failure: (id: IdJson, error: string, index: number) => string[]
}

/** The formats written for people, which have nothing to show for no text. */
export const humanFormats: readonly FormatName[] = ['text', 'html']

/**
 * The format the settings name.
 *
 * @param settings Format settings.
 */
export function createFormat(settings: FormatSettings): Format {
  switch (settings.name) {
    case 'json':
      return jsonFormat(settings)
    case 'ndjson':
      return ndjsonFormat()
    case 'html':
      return htmlFormat(settings)
    case 'text':
      return textFormat(settings)
  }
}
