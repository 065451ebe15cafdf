/**
 * The `copydesk` binary. The same bundle is the worker threads' module:
 * in a worker it serves jobs; as the process's entry it runs the command;
 * imported, it only exports {@link runCli}, for programs and benchmarks.
 */
import {fstatSync, realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {runCli} from './run.js'
import {stopOf, trapSignals} from './signals.js'
import {isWorkerSetup, serveJobs} from './worker.js'

export {exitCodes, runCli, type CliIo, type CliSetup} from './run.js'
export {trapSignals, type Interrupt, type Stop} from './signals.js'

/** The package version, put in by the build (see `tsup.config.ts`). */
declare const COPYDESK_VERSION: string

/** The package version. */
export const version: string = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0-dev'

if (!isMainThread && parentPort && isWorkerSetup(workerData)) {
  serveJobs(parentPort, workerData)
} else if (isMainThread && isEntryPoint()) {
  // Trapped for the whole life of the process, the final flush included: a
  // signal then still waits for the output to be whole. A second one exits.
  const interrupt = trapSignals(process, (stop) => process.exit(stop.status))
  interrupt.signal.addEventListener('abort', () => {
    process.exitCode = stopOf(interrupt)?.status
  })
  process.exitCode = await runCli(
    process.argv.slice(2),
    {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, stdinBytes: stdinFileSize(), interrupt},
    {version, workerScript: new URL(import.meta.url)},
  )
}

// `npx copydesk` and `node_modules/.bin/copydesk` reach this file through a
// symbolic link; Node resolves links for the module, so compare real paths.
function isEntryPoint(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

function stdinFileSize(): number | undefined {
  try {
    const info = fstatSync(0)
    return info.isFile() ? info.size : undefined
  } catch {
    return undefined
  }
}
