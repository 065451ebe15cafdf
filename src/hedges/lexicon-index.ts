/**
 * The hedge lexicon as the matcher reads it: every entry split into words,
 * every word's inflections mapped back to it. It is compiled once per
 * options object with the rest of the lexicon (`lexicon/compile.ts`) and
 * read from the settings.
 *
 * @module
 */
import type {WordFilter} from '../engine/word-filter.js'
import type {HedgeCategory} from '../types.js'

/** One lexicon entry as the matcher reads it. */
export interface CueEntry {
  /** The entry as listed, lower case (`is believed to`): context rules are keyed by it. */
  key: string
  /** The entry's words, each canonical (`be` for every form of *be*). */
  words: readonly string[]
  category: HedgeCategory
}

/** The compiled hedge lexicon. */
export interface HedgeIndex {
  /** Entries by their first canonical word, longest first. */
  byFirstWord: ReadonlyMap<string, readonly CueEntry[]>
  /** Every form of every entry word → the canonical words it stands for. */
  forms: ReadonlyMap<string, readonly string[]>
  /**
   * Every form of a first word → the entries it may start: for each
   * canonical word the form stands for (in {@link forms} order), its
   * {@link byFirstWord} entries. Forms that start no entry are absent, so
   * most words are rejected with one lookup.
   */
  entriesByForm: ReadonlyMap<string, readonly CueEntry[]>
  /**
   * Every word a cue may start with → {@link entryStart} if it is in
   * {@link entriesByForm}, or'ed with {@link weaselStart} if it is in
   * {@link weaselStarts}: one lookup per word tells both.
   */
  startRoles: ReadonlyMap<string, number>
  /** A cheap test before {@link startRoles} is looked up: most words start nothing. */
  startFilter: WordFilter
  /** Vague-source nouns, lower case (`critics`). */
  sources: ReadonlySet<string>
  /** Vague quantifiers (`some`, `many`). */
  quantifiers: ReadonlySet<string>
  /** {@link quantifiers} and {@link sources} together: the words a weasel subject can start with, tested first. */
  weaselStarts: ReadonlySet<string>
  /** Every form of {@link weaselVerbs} (for `Many believe`, `Critics question`). */
  opinionVerbs: ReadonlySet<string>
  /** Number words, lower case. */
  amounts: ReadonlySet<string>
  /** Units that `a`/`an` makes an amount. */
  units: ReadonlySet<string>
  /** Points in time (`midnight`, `September`). */
  times: ReadonlySet<string>
  /** Whole quantifiers after `nearly`/`almost`. */
  wholes: ReadonlySet<string>
  /** Nouns for evidence, the subjects of evidential `suggest`/`indicate`. */
  evidence: ReadonlySet<string>
}

/** In {@link HedgeIndex.startRoles}: the word may start a lexicon entry. */
export const entryStart = 1
/** In {@link HedgeIndex.startRoles}: the word may start a weasel subject. */
export const weaselStart = 2
