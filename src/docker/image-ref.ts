// Image references as the docker client prepares them for a service: `alpine` becomes
// `alpine:latest` (imageWithTagString), then the registry is asked for the digest
// (resolveContainerSpecImage). swarmlab's stand-in registry is the cluster's image catalogue: an
// image it knows is pinned as `alpine:latest@sha256:…`; any other gets docker's 4-line warning
// and keeps its tag, and its tasks are later rejected with `No such image`.
// Fidelity: moby client/service_create.go (v28, vendored in docker/cli v28.2.2) and
// distribution/reference (normalize.go ParseNormalizedNamed, regexp.go, helpers.go FamiliarString).
import { imageDigest, imageInfo } from '../cluster/index.js';
import { memoize } from './format/memo.js';

const ALNUM = '[a-z0-9]+';
const PATH_COMPONENT = `${ALNUM}(?:(?:[._]|__|[-]+)${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const NAME = `(?:${HOST}(?::[0-9]+)?/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REFERENCE = new RegExp(`^(${NAME})(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);

/** NormalizedRef is a parsed reference in docker's fully qualified form. */
export interface NormalizedRef {
  /** domain is the registry host, `docker.io` for Docker Hub. */
  domain: string;
  /** path is the repository path, `library/alpine` for official images. */
  path: string;
  tag?: string;
  digest?: string;
}

/** parseNormalizedNamed is reference.ParseNormalizedNamed, or undefined when docker would refuse the text. */
export function parseNormalizedNamed(text: string): NormalizedRef | undefined {
  if (/^[a-f0-9]{64}$/.test(text)) return undefined;
  const slash = text.indexOf('/');
  const first = slash < 0 ? '' : text.slice(0, slash);
  const hasDomain = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let domain = hasDomain ? first : 'docker.io';
  let rest = hasDomain ? text.slice(slash + 1) : text;
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`;
  const colon = rest.indexOf(':');
  const remote = colon < 0 ? rest : rest.slice(0, colon);
  if (remote.toLowerCase() !== remote) return undefined;
  const m = REFERENCE.exec(`${domain}/${rest}`);
  if (!m || (m[1] ?? '').length > 255) return undefined;
  return { domain, path: rest.replace(/[:@].*$/, ''), ...(m[2] !== undefined && { tag: m[2] }), ...(m[3] !== undefined && { digest: m[3] }) };
}

/** familiarName drops `docker.io/` and `library/` as reference.FamiliarName does. */
export function familiarName(ref: NormalizedRef): string {
  if (ref.domain !== 'docker.io') return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith('library/') && ref.path.split('/').length === 2 ? ref.path.slice('library/'.length) : ref.path;
}

/** familiarString renders a reference as reference.FamiliarString does. */
export function familiarString(ref: NormalizedRef): string {
  return `${familiarName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** withDefaultTag is imageWithTagString: `alpine` → `alpine:latest`; invalid text is kept as typed. */
export function withDefaultTag(image: string): string {
  const ref = parseNormalizedNamed(image);
  if (!ref) return image;
  return familiarString(ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref);
}

/** displayImage is what task and service tables show: familiar name and tag, digest stripped. */
export function displayImage(image: string): string {
  const ref = parseNormalizedNamed(image);
  if (!ref || ref.tag === undefined) return image;
  return familiarString({ domain: ref.domain, path: ref.path, tag: ref.tag });
}

/**
 * registryDigest returns the digest the stand-in registry reports for an image, if it has the
 * image. Task and service tables ask it for every row, so answers are remembered.
 */
export const registryDigest: (image: string) => string | undefined = memoize((image) => {
  const ref = parseNormalizedNamed(image);
  if (!ref || ref.domain !== 'docker.io' || !imageInfo(familiarName(ref))) return undefined;
  return ref.digest ?? imageDigest(familiarString({ domain: ref.domain, path: ref.path, ...(ref.tag !== undefined && { tag: ref.tag }) }));
});

/** pinnedImage is the image as a service spec shows it once the registry answered: `alpine:latest@sha256:…`. */
export function pinnedImage(image: string): string {
  const digest = registryDigest(image);
  if (digest === undefined || image.includes('@')) return image;
  return `${image}@${digest}`;
}

/** digestWarning is the client's warning (4 lines) for an image no registry could resolve. */
export function digestWarning(image: string): string {
  return `image ${image} could not be accessed on a registry to record\nits digest. Each node will access ${image} independently,\npossibly leading to different nodes running different\nversions of the image.\n`;
}
