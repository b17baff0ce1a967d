// Bundles the action (src/index.ts) and the CLI (src/cli.ts) into dist/, committed so a
// fresh clone and GitHub's runner need no build step.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import license from 'rollup-plugin-license'

const plugins = () => [
  typescript({
    tsconfig: './tsconfig.build.json',
    // rollup does the module work: let TypeScript emit ES modules into rollup's output folder
    module: 'esnext',
    moduleResolution: 'bundler',
    outDir: 'dist',
    noEmitOnError: true,
    sourceMap: true
  }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json(),
  // the notices of every package bundled into dist/ (the package ships no node_modules)
  license({
    thirdParty: {
      includePrivate: false,
      output: {
        file: 'dist/THIRD_PARTY_NOTICES.txt',
        template: (deps) =>
          [...deps]
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
            .map((d) =>
              [
                `${d.name} ${d.version}`,
                `License: ${d.license ?? 'unknown'}`,
                d.licenseText ? d.licenseText.trim() : '(no license text in the package)'
              ].join('\n')
            )
            .join('\n\n---\n\n')
      }
    }
  })
]

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/worker.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    sourcemap: true
  },
  plugins: plugins(),
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.join() ?? ''))
      return
    if (warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  }
}
