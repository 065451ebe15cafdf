import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts'},
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  // Dependencies stay external: users' bundlers dedupe unified and friends.
  splitting: false,
  treeshake: true,
})
