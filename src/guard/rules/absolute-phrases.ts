// Guarantees and promises a draft may only repeat when its tutorial makes them itself
// (`draft/absolute-language`). Plain data: one phrase per entry, matched case-insensitively on word
// boundaries, a space matching any run of spaces or hyphens (`zero downtime` = `zero-downtime`).
// List inflections separately: a tutorial that says "guarantees" does not license "guaranteed".

export const ABSOLUTE_PHRASES: readonly string[] = [
  // guarantees
  'guarantee',
  'guarantees',
  'guaranteed',
  'guaranteeing',
  'always',
  'never fails',
  'never fail',
  'never loses',
  'never lose',
  'zero data loss',
  'no data loss',
  'zero downtime',
  'no downtime',
  '100% uptime',
  '100% available',
  '100% reliable',
  '100% compatible',
  'fully compatible',
  'completely compatible',
  'drop in replacement',
  'no risk',
  'risk free',
  'bulletproof',
  'foolproof',
  // superlatives
  'the fastest',
  'the best',
  'best in class',
  'world class',
  'industry leading',
  'blazing fast',
  'lightning fast',
  'unmatched',
  'unbeatable',
  // effortlessness and scale
  'instantly',
  'instant',
  'effortless',
  'effortlessly',
  'seamless',
  'seamlessly',
  'infinitely scalable',
  'infinite scale',
  'unlimited scale',
  'scales infinitely',
  'limitless',
  // readiness
  'production ready',
  'enterprise grade',
  'battle tested',
  'perfect for'
]
