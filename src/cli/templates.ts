// The files `tutorial-amplifier init` writes, from the layout it detected (pure). YAML values are
// written with js-yaml (never by hand), comments around them are ours.
import hostedGitInfo from 'hosted-git-info'
import yaml from 'js-yaml'
import pkg from '../../package.json' with { type: 'json' }

/**
 * `owner/name` of a GitHub repository from a package.json `repository` field, in any form npm
 * accepts (`owner/name`, `github:owner/name`, `git+https://github.com/owner/name.git`,
 * `git@github.com:owner/name.git`, `{ "url": … }`), read with npm's own `hosted-git-info`.
 */
export function githubRepository(repository: unknown): string | undefined {
  const raw =
    typeof repository === 'string'
      ? repository
      : repository && typeof repository === 'object' && 'url' in repository
        ? String((repository as { url: unknown }).url)
        : undefined
  const info = raw === undefined ? undefined : hostedGitInfo.fromUrl(raw.trim())
  return info?.type === 'github' && info.user && info.project
    ? `${info.user}/${info.project}`
    : undefined
}

/**
 * The action's `uses:` reference without the version: the package's own repository (package.json
 * `repository`), which the README's examples and `npm run release` (script/release) name too.
 */
export const ACTION_REF: string =
  githubRepository((pkg as { repository?: unknown }).repository) ?? 'OWNER/tutorial-amplifier'

export interface Layout {
  /** tutorial folders, repository-relative, POSIX */
  tutorials: string[]
  /** registry folders, repository-relative, POSIX */
  claims: string[]
  /** tool version: the workflow pins the action's major version */
  version: string
}

/** One YAML value in flow style, on one line. */
const flow = (value: unknown): string =>
  yaml.dump(value, { flowLevel: 0, lineWidth: -1, quotingType: "'" }).trimEnd()

/** Folders a pull request must touch for the workflow to run (with the config file). */
export function watchedPaths(layout: Layout): string[] {
  const folders = [...layout.tutorials, ...layout.claims].map((p) => (p === '.' ? '' : p))
  const globs = folders.map((p) => (p === '' ? '**/*.md' : `${p}/**`))
  return [...new Set([...globs, '.github/tutorial-amplifier.yml'])].sort()
}

export function configText(layout: Layout): string {
  const found = (n: number, what: string): string =>
    n === 0 ? `no ${what} found: list them here` : `found by init; edit to add or remove`
  return [
    '# tutorial-amplifier configuration (schema: tutorial-amplifier.schema.json in the package).',
    '# Every key is optional; paths are relative to the repository root.',
    '',
    `# Tutorial folders (${found(layout.tutorials.length, 'tutorial')}).`,
    `# Without this key, every folder with numbered chapters (01-*.md) is a tutorial.`,
    `tutorials: ${flow(layout.tutorials)}`,
    '',
    `# Claims registry folders (${found(layout.claims.length, 'registry')}).`,
    '# Without this key, every folder named "claims" is read.',
    `claims: ${flow(layout.claims)}`,
    '',
    '# Where drafts are written; default: publication-drafts/ beside each tutorial.',
    '# drafts:',
    '#   dir: publication-drafts',
    "#   fileName: '{tutorial}.draft.md'",
    '',
    '# Claim IDs such as KS-ARCH-001 (the default pattern).',
    "# claimIdPattern: '[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-[0-9]{3}'",
    '',
    '# Public URL of each tutorial, used in calls to action ({tutorial} is the folder name).',
    '# Without it the drafts carry a visible placeholder and an open question.',
    '# tutorialUrl: https://docs.example.com/tutorials/{tutorial}',
    '',
    '# hashtags: [Streaming]',
    '# talk: { format: 30-minute talk, audience: Platform engineers, level: Intermediate }',
    '',
    '# Files or folders never checked (glob patterns, relative to the repository root).',
    '# ignore: [drafts/archive/**]',
    '',
    '# Severity per rule: error, warning, info or off.',
    '# rules:',
    '#   claim/draft: warning',
    '#   claim/unreferenced: off',
    ''
  ].join('\n')
}

export function workflowText(layout: Layout): string {
  const major = layout.version.split('.')[0] ?? '0'
  const paths = watchedPaths(layout)
  const doc = {
    name: 'Tutorial amplifier',
    on: {
      pull_request: { paths },
      push: { branches: ['main'], paths },
      workflow_dispatch: {
        inputs: {
          tutorial: { description: 'Tutorial folder to regenerate (empty: all)', required: false }
        }
      }
    },
    permissions: { contents: 'read', 'pull-requests': 'write' },
    jobs: {
      amplify: {
        'runs-on': 'ubuntu-latest',
        steps: [
          { uses: 'actions/checkout@v4', with: { 'persist-credentials': false } },
          {
            uses: `${ACTION_REF}@v${major}`,
            with: { tutorial: '${{ inputs.tutorial }}' }
          }
        ]
      }
    }
  }
  return [
    '# Checks claim citations, regenerates the amplification drafts and keeps one sticky comment',
    '# on pull requests that touch a tutorial or the registry (written by tutorial-amplifier init).',
    '# Fork pull requests get a read-only token: see the workflow_run recipe in the README.',
    yaml.dump(doc, { lineWidth: -1, noRefs: true, quotingType: "'" })
  ].join('\n')
}
