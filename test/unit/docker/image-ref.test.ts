// Image references as the docker client normalises them before creating a service
// (moby client/service_create.go imageWithTagString, distribution/reference normalize.go).
import { describe, expect, it } from 'vitest';
import { digestWarning, displayImage, pinnedImage, withDefaultTag } from '../../../src/docker/image-ref.js';

describe('image references', () => {
  const cases: [string, string, string][] = [
    ['alpine', 'alpine:latest', 'alpine:latest'],
    ['alpine:3.19', 'alpine:3.19', 'alpine:3.19'],
    ['docker.io/library/nginx', 'nginx:latest', 'nginx:latest'],
    ['index.docker.io/traefik/whoami:v1', 'traefik/whoami:v1', 'traefik/whoami:v1'],
    ['localhost:5000/foo', 'localhost:5000/foo:latest', 'localhost:5000/foo:latest'],
    ['ghcr.io/x/y:1', 'ghcr.io/x/y:1', 'ghcr.io/x/y:1'],
    ['ALPINE', 'ALPINE', 'ALPINE'],
    ['foo bar', 'foo bar', 'foo bar'],
    [`nginx@sha256:${'a'.repeat(64)}`, `nginx@sha256:${'a'.repeat(64)}`, `nginx@sha256:${'a'.repeat(64)}`],
    [`nginx:1.27@sha256:${'a'.repeat(64)}`, `nginx:1.27@sha256:${'a'.repeat(64)}`, 'nginx:1.27'],
  ];
  it.each(cases)('%s → %s (shown %s)', (input, tagged, shown) => {
    expect(withDefaultTag(input)).toBe(tagged);
    expect(displayImage(tagged)).toBe(shown);
  });

  it('pins images the stand-in registry knows, and only those', () => {
    expect(pinnedImage('alpine:latest')).toMatch(/^alpine:latest@sha256:[0-9a-f]{64}$/);
    expect(pinnedImage('alpine:latest')).toBe(pinnedImage('alpine:latest'));
    expect(pinnedImage('alpine:3.19')).not.toBe(pinnedImage('alpine:latest').replace('latest', '3.19'));
    expect(pinnedImage('ngnix:latest')).toBe('ngnix:latest');
    expect(pinnedImage('ghcr.io/x/y:1')).toBe('ghcr.io/x/y:1');
  });

  it('warns in the client\'s four lines', () => {
    expect(digestWarning('ngnix:latest')).toBe(
      'image ngnix:latest could not be accessed on a registry to record\nits digest. Each node will access ngnix:latest independently,\npossibly leading to different nodes running different\nversions of the image.\n',
    );
  });
});
