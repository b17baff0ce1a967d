// Bundles the action (src/index.ts) and the CLI (src/cli.ts) into dist/, committed so a
// fresh clone and GitHub's runner need no build step.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

const plugins = () => [
  typescript({
    tsconfig: './tsconfig.build.json',
    // rollup does the module work: let TypeScript emit ES modules into rollup's output folder
    module: 'esnext',
    moduleResolution: 'bundler',
    outDir: 'dist',
    noEmitOnError: true
  }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json()
]

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/worker.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    sourcemap: false
  },
  plugins: plugins(),
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.join() ?? ''))
      return
    if (warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  }
}
