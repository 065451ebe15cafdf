/**
 * The progress bar on stderr: records done, rate and ETA. Drawn only on a
 * terminal and only once a job has run for a while, so quick runs and
 * logs stay clean.
 */

/** How far a run has got. */
export interface Progress {
  done: number
  failed: number
  /** Input bytes consumed, for runs whose size is known only in bytes. */
  bytes: number
}

/** What a run will consume, when known. */
export interface ProgressTotal {
  records?: number
  bytes?: number
}

/** A live progress bar. */
export interface ProgressBar {
  /** One more record written. */
  advance: (bytes: number, failed: boolean) => void
  /** Erase the bar until its next redraw, to write a message. */
  clear: () => void
  /** Erase the bar; the run is over. */
  stop: () => void
}

/** A stream the bar draws on. */
export interface ProgressStream {
  write: (text: string) => unknown
  columns?: number
}

/**
 * Show a progress bar on `stream` once the run has taken `delay` ms.
 *
 * @param stream A terminal.
 * @param total The run's size, if known.
 * @param timing When to first draw, and how often to redraw (ms).
 */
export function startProgress(stream: ProgressStream, total: ProgressTotal, timing = {delay: 1000, interval: 100}): ProgressBar {
  const started = Date.now()
  const progress: Progress = {done: 0, failed: 0, bytes: 0}
  let drawn = false
  const draw = () => {
    drawn = true
    stream.write(`\r${renderProgress(progress, total, Date.now() - started, stream.columns || 80)}\u001B[K`)
  }
  let timer: NodeJS.Timeout | undefined
  const delayTimer = setTimeout(() => {
    draw()
    timer = setInterval(draw, timing.interval)
    timer.unref()
  }, timing.delay)
  delayTimer.unref()
  return {
    advance: (bytes, failed) => {
      progress.done++
      progress.bytes += bytes
      if (failed) progress.failed++
    },
    clear: () => {
      if (drawn) stream.write('\r\u001B[K')
    },
    stop: () => {
      clearTimeout(delayTimer)
      clearInterval(timer)
      if (drawn) stream.write('\r\u001B[K')
    },
  }
}

/**
 * One line of progress, at most `columns` wide:
 * `████████░░░░  62%  1,234 records  215/s  ETA 0:34  3 failed`.
 *
 * @param progress How far the run has got.
 * @param total The run's size, if known.
 * @param elapsed Milliseconds since the start.
 * @param columns The terminal's width.
 */
export function renderProgress(progress: Progress, total: ProgressTotal, elapsed: number, columns: number): string {
  const fraction = completed(progress, total)
  const seconds = elapsed / 1000
  const rate = seconds > 0 ? progress.done / seconds : 0
  const parts = [
    `${progress.done.toLocaleString('en-US')}${total.records === undefined ? '' : `/${total.records.toLocaleString('en-US')}`} records`,
    `${rate < 10 ? rate.toFixed(1) : Math.round(rate).toLocaleString('en-US')}/s`,
  ]
  if (fraction !== null && fraction > 0 && fraction < 1) parts.push(`ETA ${formatDuration((seconds * (1 - fraction)) / fraction)}`)
  if (progress.failed > 0) parts.push(`${progress.failed.toLocaleString('en-US')} failed`)
  const text = parts.join('  ')
  if (fraction === null) return text.slice(0, columns - 1)
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4)
  const barWidth = Math.max(0, Math.min(30, columns - text.length - percent.length - 5))
  const filled = Math.round(fraction * barWidth)
  const bar = barWidth > 0 ? `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ` : ''
  return `${bar}${percent}  ${text}`.slice(0, columns - 1)
}

function completed(progress: Progress, total: ProgressTotal): number | null {
  if (total.records) return Math.min(1, progress.done / total.records)
  if (total.bytes) return Math.min(1, progress.bytes / total.bytes)
  return null
}

/**
 * `0:05`, `12:34`, `1:02:03`.
 *
 * @param seconds A duration.
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
