// `docker image ls [OPTIONS] [REPOSITORY[:TAG]]` and `docker images` (docker/cli v28.2.2
// cli/command/image/list.go): the images this node's engine pulled for its tasks, newest build
// first (moby daemon/images/images.go sorts by Created), with the daemon's filters
// `reference=` (reference.FamiliarMatch: a glob on `name` or `name:tag`) and `dangling=`
// (none are dangling: every pulled image keeps its tag), `before=`/`since=` (another image's build
// time) and `until=` (a time or duration). The positional argument is a reference
// filter; `docker images ls` finding nothing prints docker's hint about `docker image ls`.

import { imageBuild, parseImageRef, type ClusterState } from '../../cluster/index.js';
import { filterFlag, formatFlag, maxArgs, noTruncFlag, quietFlag, type Filters, type FlagSpec } from '../cli/index.js';
import type { DockerCommand, DockerRun } from '../command.js';
import { DaemonError } from '../daemon.js';
import { invalidFilter, validateFilters } from '../filters.js';
import { parseSince } from '../service/logs-since.js';
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

/** imageCreated resolves a reference the way the daemon's GetImage does, or fails with its error. */
function imageCreated(images: readonly ImageSummary[], value: string): number {
  const ref = parseImageRef(value);
  const found = ref && images.find((i) => i.repository === ref.repository && i.tag === ref.tag);
  if (!found) throw new DaemonError(`No such image: ${value}`);
  return found.build.createdAt;
}

/**
 * timeBounds folds before=, since= and until= into one window, as moby's Images does: several
 * before/until values keep the oldest bound, several since values the newest.
 */
function timeBounds(images: readonly ImageSummary[], filters: Filters, now: number): { before?: number; since?: number } {
  const bounds: { before?: number; since?: number } = {};
  const older = (t: number): void => void (bounds.before = bounds.before === undefined ? t : Math.min(bounds.before, t));
  for (const v of filters.get('before') ?? []) older(imageCreated(images, v));
  for (const v of filters.get('until') ?? []) {
    const parsed = parseSince(v, now);
    if (!parsed.ok) throw new DaemonError(parsed.error);
    older(parsed.ms);
  }
  for (const v of filters.get('since') ?? []) {
    const t = imageCreated(images, v);
    bounds.since = bounds.since === undefined ? t : Math.max(bounds.since, t);
  }
  return bounds;
}

function filterImages(images: ImageSummary[], filters: Filters, now: number): ImageSummary[] {
  validateFilters(filters, ACCEPTED);
  // The catalogue's images carry no labels (Config.Labels is empty), so a label filter matches none.
  if ((filters.get('label') ?? []).length > 0) return [];
  const { before, since } = timeBounds(images, filters, now);
  images = images.filter((i) => (before === undefined || i.build.createdAt < before) && (since === undefined || i.build.createdAt > since));
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
    const images = filterImages(nodeImages(host.cluster.state(), host.hostname), filters, host.cluster.now());
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
