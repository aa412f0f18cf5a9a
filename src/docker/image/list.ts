// `docker image ls [OPTIONS] [REPOSITORY[:TAG]]` and `docker images` (docker/cli v28.2.2
// cli/command/image/list.go): the images this node's engine pulled for its tasks, newest build
// first (moby daemon/images/images.go sorts by Created), with the daemon's filters
// `reference=` (reference.FamiliarMatch: a glob on `name` or `name:tag`) and `dangling=`
// (none are dangling: every pulled image keeps its tag). The positional argument is a reference
// filter; `docker images ls` finding nothing prints docker's hint about `docker image ls`.

import { imageBuild, parseImageRef, type ClusterState } from '../../cluster/index.js';
import { filterFlag, formatFlag, maxArgs, noTruncFlag, quietFlag, type Filters, type FlagSpec } from '../cli/index.js';
import type { DockerCommand, DockerRun } from '../command.js';
import { invalidFilter, validateFilters } from '../filters.js';
import { registryDigest } from '../image-ref.js';
import { formatImages, imageListFormat, type ImageSummary } from './formatter.js';
import { globMatch } from './glob.js';
import { notSimulated } from '../service/not-simulated.js';

const ACCEPTED = ['before', 'dangling', 'label', 'reference', 'since', 'until'];
const SUBCOMMANDS = ['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag'];

/** nodeImages lists the images pulled on a host, newest build first. */
export function nodeImages(state: Readonly<ClusterState>, hostname: string): ImageSummary[] {
  const seen = new Map<string, ImageSummary>();
  for (const image of state.hosts[hostname]?.images ?? []) {
    const ref = parseImageRef(image);
    const build = ref ? imageBuild(ref) : undefined;
    if (!ref || !build) continue;
    const key = `${ref.repository}:${ref.tag}`;
    if (!seen.has(key)) seen.set(key, { repository: ref.repository, tag: ref.tag, digest: registryDigest(key) ?? '<none>', build });
  }
  return [...seen.values()].sort((a, b) => b.build.createdAt - a.build.createdAt);
}

function matchesReference(image: ImageSummary, pattern: string): boolean {
  return globMatch(pattern, `${image.repository}:${image.tag}`) || globMatch(pattern, image.repository);
}

function filterImages(images: ImageSummary[], filters: Filters): ImageSummary[] {
  validateFilters(filters, ACCEPTED);
  const dangling = filters.get('dangling') ?? [];
  for (const v of dangling) if (!['true', 'false', '1', '0'].includes(v.toLowerCase())) throw invalidFilter('dangling', [v]);
  if (dangling.some((v) => ['true', '1'].includes(v.toLowerCase()))) return [];
  const refs = filters.get('reference') ?? [];
  return refs.length === 0 ? images : images.filter((i) => refs.some((p) => matchesReference(i, p)));
}

const FLAGS: FlagSpec[] = [
  quietFlag('Only show image IDs'),
  { kind: 'bool', name: 'all', shorthand: 'a', usage: 'Show all images (default hides intermediate images)' },
  noTruncFlag("Don't truncate output"),
  { kind: 'bool', name: 'digests', usage: 'Show digests' },
  formatFlag(),
  filterFlag(),
  { kind: 'bool', name: 'tree', usage: 'List multi-platform images as a tree (EXPERIMENTAL)', hidden: true, annotations: { version: ['1.47'], experimentalCLI: [] } },
];

function runImages(calledAs: 'images' | 'ls'): DockerRun {
  return ({ req, host }) => {
    const f = req.flags;
    if (f.bool('tree')) throw notSimulated('--tree');
    const filters = new Map<string, string[]>([...f.custom<Filters>('filter')].map(([k, v]) => [k, [...v]]));
    const match = req.args[0];
    if (match !== undefined) filters.set('reference', [...(filters.get('reference') ?? []), match]);
    const images = filterImages(nodeImages(host.cluster.state(), host.hostname), filters);
    const format = imageListFormat(f.string('format'), f.bool('quiet'), f.bool('digests'));
    host.io.stdout(formatImages(images, format, !f.bool('no-trunc'), f.bool('digests'), host.cluster.now()));
    if (match !== undefined && images.length === 0 && calledAs === 'images' && SUBCOMMANDS.includes(match)) {
      host.io.stderr(`\nNo images found matching "${match}": did you mean "docker image ${match}"?\n`);
    }
    return 0;
  };
}

/** imageList is `docker image ls`. */
export const imageList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliases: ['list'],
  args: maxArgs(1),
  annotations: { 'category-top': '7', aliases: 'docker image ls, docker image list, docker images' },
  flags: FLAGS,
  run: runImages('ls'),
};

/** images is the top-level `docker images`. */
export const images: DockerCommand = { ...imageList, name: 'images', use: 'images [OPTIONS] [REPOSITORY[:TAG]]', aliases: [], run: runImages('images') };
