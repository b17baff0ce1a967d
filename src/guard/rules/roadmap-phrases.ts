// Roadmap and future promises a draft may only repeat when the tutorial's own roadmap section says
// the same (`draft/roadmap-promise`). Plain data: one phrase per entry, matched case-insensitively
// on word boundaries, a space matching any run of spaces or hyphens. Phrases a blog outline uses
// for the reader's own steps ("you will add a consumer", "you will get a cluster") are left out.

export const ROADMAP_PHRASES: readonly string[] = [
  'coming soon',
  'coming next',
  'on the roadmap',
  'on our roadmap',
  'roadmap includes',
  'will support',
  'will soon support',
  'will soon',
  'will be supported',
  'will be available',
  'ships next',
  'shipping next',
  'lands next',
  'next quarter',
  'next release',
  'next version',
  'next month',
  'later this year',
  'later this quarter',
  'in a future release',
  'in a future version',
  'in an upcoming release',
  'upcoming release',
  'upcoming version',
  'planned for',
  'is planned',
  'are planned',
  'we plan to',
  'we are planning',
  "we're planning",
  'in the works',
  'stay tuned'
]
