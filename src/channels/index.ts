// The channel contract (./contract.ts), how its limits are measured (./measure.ts) and the wording
// of derived figures (./derived-text.ts): the shared ground of the writers and the guard.
export * from './contract.js'
export * from './measure.js'
export * from './derived-text.js'
export * from './checklist.js'
