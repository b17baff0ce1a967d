// Big but ordinary inputs for the hostile suite's memory cases (issue 14, item 15): each builder
// returns text of about `bytes` bytes made of one repeated, numbered block, so that no two blocks
// are equal and every Markdown construct a real file has (headings, prose with citations and
// figures, lists, tables, code, links) is present many times over.

/** Repeats `block(i)` for i = 0, 1, … until the text reaches `bytes`; returns the joined text. */
function grow(bytes: number, block: (i: number) => string): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const b = block(i)
    parts.push(b)
    size += Buffer.byteLength(b)
  }
  return parts.join('')
}

/** Citations of the example registry, cycled through by the builders. */
const IDS = ['TP-ARCH-001', 'TP-ARCH-002', 'TP-PERF-001', 'TP-COMP-001', 'TP-LIMIT-001', 'TP-ARCH-004']
const id = (i: number): string => IDS[i % IDS.length]!

/** (a) A chapter body of ordinary tutorial material: sections of prose, lists, tables and code. */
export function bigChapter(bytes: number): string {
  return grow(
    bytes,
    (i) => `
## Step ${i}: tune shard ${i}

Shard ${i} keeps its blocks in the bucket until compaction merges them (claim: ${id(i)}). Before you
change anything, look at how much work the shard did during the last hour and write the numbers
down, because the next step compares them with what you see after the change.

The ingest queue of this shard drained in about ${(i % 90) + 10} ms per batch during our run, and
the cache answered most reads without touching object storage. Keep that in mind when you read
the dashboard: a slow panel usually means a cold cache, not a broken node.

1. Open the **Shards** panel and pick shard \`s-${i}\`.
2. Note the block count and the oldest block's age.
3. Run the command below and compare the output with your notes.
   - If the counts differ, wait for the next compaction round.
   - Otherwise, move on to the next shard.

| Setting | Before | After |
| ------- | ------ | ----- |
| \`blocks.window\` | 2h | ${(i % 5) + 1}h |
| \`cache.size\` | 512 MiB | ${(i % 7) + 1} GiB |

\`\`\`bash
tpctl blocks list --shard s-${i} --level 2
tpctl cache stats --node query-${i % 3}
\`\`\`

See the [shard guide](https://example.com/tidepool/shards/${i}) for the full list of settings.
`
  )
}

/** (b) A Markdown registry of generated claims in the example registry's layout. */
export function bigMarkdownRegistry(bytes: number): string {
  return `# Generated claims\n\nClaims made up for a size test.\n${grow(
    bytes,
    (i) => `
## TP-S${i}-001

**Claim:** Shard ${i} keeps at most ${(i % 40) + 2} blocks open while compaction runs, and never rewrites a block it has uploaded.
**Scope:** Tidepool v2.3 and later, shard ${i} only.
**Status:** ${i % 9 === 0 ? 'Draft' : 'Verified'}
**Last reviewed:** 2026-09-14

**Evidence:**
- Benchmark run: https://example.com/tidepool/bench/${i}
- Test suite: https://example.com/tidepool/tests/shard-${i}

**Implications:**
- A query that spans shard ${i} reads at most one open block per tier.
`
  )}`
}

/** (b′) A YAML registry of generated claims. */
export function bigYamlRegistry(bytes: number): string {
  return `claims:\n${grow(
    bytes,
    (i) => `  - id: TP-S${i}-001
    claim: Shard ${i} keeps at most ${(i % 40) + 2} blocks open while compaction runs.
    scope: Tidepool v2.3 and later, shard ${i} only.
    status: ${i % 9 === 0 ? 'Draft' : 'Verified'}
    evidence:
      - https://example.com/tidepool/bench/${i}
`
  )}`
}

/**
 * (c) Paragraphs for a committed draft's LinkedIn section: ordinary post prose with claim IDs
 * and figures, none of it absolute language.
 */
export function bigDraftParagraphs(bytes: number): string {
  return grow(
    bytes,
    (i) =>
      `Shard ${i} of our test cluster kept its queue short: batches took about ${(i % 90) + 10} ms, and the cache answered most reads (claim: **${id(i)}**). We moved it to a bigger node on day ${(i % 28) + 1} and wrote down what changed.\n\n`
  )
}

/** (d) A chapter body that is mostly citations: many short sentences, each citing claims. */
export function manyCitations(bytes: number): string {
  return grow(
    bytes,
    (i) =>
      `Step ${i} relies on ${id(i)} and ${id(i + 1)}. ${i % 7 === 0 ? `It also cites TP-U${i}-001, which is unknown. ` : ''}${i % 20 === 19 ? '\n\n' : ''}`
  )
}

/** (d′) A SUMMARY.md of about `bytes` bytes: parts and entries naming chapters that do not exist. */
export function bigSummary(bytes: number): string {
  return `# Summary\n\n- [Overview](README.md)\n- [Next steps](06-next-steps.md)\n${grow(
    bytes,
    (i) => `${i % 50 === 0 ? `\n## Part ${i / 50}\n\n` : ''}- [Shard ${i} walkthrough](shards/shard-${i}.md)\n`
  )}`
}
