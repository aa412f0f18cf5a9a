// The image table of `docker image ls` (docker/cli v28.2.2 cli/command/formatter/image.go):
// NewImageFormat picks the default table (with a DIGEST column under --digests), -q or `raw`;
// one accessor per column, IDs truncated to 12 hex digits (no `sha256:`) unless --no-trunc, and
// CREATED read against the team clock ("2 weeks ago"), SIZE in decimal units, 3 digits.

import { humanDuration, type ImageBuild } from '../../cluster/index.js';
import { formatList } from '../list-format.js';
import { humanSizeWithPrecision } from '../units.js';

const DEFAULT_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const DIGEST_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const RAW = 'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
const RAW_DIGEST = 'repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
const HEADERS = {
  ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT',
  Size: 'SIZE', Containers: 'CONTAINERS', VirtualSize: 'SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE',
};

/** ImageSummary is one listed image: a repository and tag of a build on this node. */
export interface ImageSummary {
  repository: string;
  tag: string;
  digest: string;
  build: ImageBuild;
}

/** imageListFormat is NewImageFormat. */
export function imageListFormat(format: string, quiet: boolean, digests: boolean): string {
  if (format === '' || format === 'table') return quiet ? '{{.ID}}' : digests ? DIGEST_TABLE : DEFAULT_TABLE;
  if (format === 'raw') return quiet ? 'image_id: {{.ID}}' : digests ? RAW_DIGEST : RAW;
  return format.startsWith('table') && digests && !format.includes('{{.Digest}}') ? `${format}\t{{.Digest}}` : format;
}

/** unixSecondsString is time.Unix(created, 0).String() in UTC: whole seconds, no fraction. */
function unixSecondsString(ms: number): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}

function imageContext(image: ImageSummary, trunc: boolean, showDigest: boolean, now: number): Record<string, string> {
  const { build } = image;
  const size = humanSizeWithPrecision(build.size, 3);
  return {
    ID: trunc ? build.id.slice(7, 19) : build.id,
    Repository: image.repository,
    Tag: image.tag,
    // imageFormatTaggedAndDigest keeps digests only when they are shown (`<none>` otherwise).
    Digest: showDigest ? image.digest : '<none>',
    CreatedSince: `${humanDuration(now - build.createdAt)} ago`,
    CreatedAt: unixSecondsString(build.createdAt),
    Size: size,
    VirtualSize: size,
    Containers: 'N/A',
    SharedSize: 'N/A',
    UniqueSize: 'N/A',
  };
}

/** formatImages renders images with a resolved format; a bad template is Context.Write's error. */
export function formatImages(images: readonly ImageSummary[], format: string, trunc: boolean, showDigest: boolean, now: number): string {
  const digest = showDigest || format.includes('{{.Digest}}');
  return formatList(format, images.map((i) => imageContext(i, trunc, digest, now)), { headers: HEADERS, typeName: '*formatter.imageContext' });
}
