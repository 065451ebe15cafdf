import {readFileSync} from 'node:fs'
import {defineConfig} from 'tsup'

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}

export default defineConfig([
  {
    // `copydesk`, `copydesk/retext` (the plugin as a default export) and `copydesk/lexicon` (the word lists alone).
    entry: {index: 'src/index.ts', retext: 'src/retext.ts', lexicon: 'src/lexicon/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    // Both builds write to dist/ at once: the library's clean must leave the CLI's file alone.
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    // Dependencies stay external: users' bundlers dedupe unified and friends.
    // The entries share chunks: one engine, one settings cache, one declaration
    // of `file.data.copydesk`, and the same frozen lists, whichever entry is imported.
    splitting: true,
    treeshake: true,
  },
  {
    // The `copydesk` command: one ESM file that is also its workers' module.
    entry: {cli: 'src/cli/main.ts'},
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'},
    define: {COPYDESK_VERSION: JSON.stringify(version)},
    splitting: false,
    treeshake: true,
  },
])
