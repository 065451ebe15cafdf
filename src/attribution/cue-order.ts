/**
 * Which cues may stand before their speaker (`“…,” said Ortiz`): all but
 * the forms of `tell`, whose next noun phrase is the one told (`…, told
 * The Associated Press` names the addressee, not the speaker).
 */
import type {CueMatch} from '../cues/cues.js'
import type {WordView} from './words.js'

const tellForms: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling'])

/** Whether the speaker may follow this cue. */
export function invertible(view: WordView, cue: CueMatch): boolean {
  return !tellForms.has(view.words[cue.start]?.lower ?? '')
}
