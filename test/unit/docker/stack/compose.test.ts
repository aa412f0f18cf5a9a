// Compose file checks with docker's texts: docker/cli v28.2.2 cli/compose/loader/loader.go
// (ParseYAML, Load), cli/compose/schema/schema.go (Version, Validate, getMostSpecificError,
// humanReadableType) against data/config_schema_v3.13.json.

import { describe, expect, it } from 'vitest';
import { loadComposeFile } from '../../../../src/docker/stack/compose/index.js';

const errorOf = (text: string): string => {
  const result = loadComposeFile(text);
  return result.ok ? '' : result.error;
};

describe('loadComposeFile', () => {
  const errors: [string, string, string][] = [
    ['an unknown service key', 'services:\n  web:\n    image: nginx\n    foo: 1\n', 'services.web Additional property foo is not allowed'],
    ['an unknown top-level key', 'services: {}\nfoo: 1\n', '(root) Additional property foo is not allowed'],
    ['a numeric version', 'version: 3.8\nservices: {}\n', 'version must be a string'],
    ['an unsupported version', 'version: "2.4"\nservices: {}\n', 'unsupported Compose file version: 2.4'],
    ['replicas as text', 'services:\n  web:\n    image: nginx\n    deploy:\n      replicas: two\n', 'services.web.deploy.replicas must be a integer'],
    ['services as a list', 'services:\n  - web\n', 'services must be a mapping'],
    ['an unknown deploy key', 'services:\n  web:\n    image: x\n    deploy:\n      bogus: 1\n', 'services.web.deploy Additional property bogus is not allowed'],
    ['environment as a number', 'services:\n  web:\n    image: x\n    environment: 3\n', 'services.web.environment must be a mapping or list'],
    ['a list at the top', '- a\n', 'top-level object must be a mapping'],
    ['broken YAML', 'a: b: c\n', 'yaml: line 1: nested mappings are not allowed in compact mappings'],
    ['a modelled-by-docker key swarmlab lacks', 'services:\n  web:\n    image: x\n    volumes: [a:/b]\n', 'swarmlab: services.web.volumes is not simulated in this lab yet'],
    ['a required variable', 'services:\n  web:\n    image: ${IMG:?set IMG}\n', 'required variable IMG is missing a value: set IMG'],
  ];
  it.each(errors)('refuses %s', (_what, text, error) => {
    expect(errorOf(text)).toBe(error);
  });

  it('loads the keys a stack uses, with docker defaults', () => {
    const text = `version: "3.8"
services:
  web:
    image: nginx:\${TAG:-1.27}
    command: ["nginx", "-g", "daemon off;"]
    environment: { B: 2, A: "x", C: null }
    ports: ["8080:80", { target: 443, published: 8443, protocol: tcp, mode: host }]
    networks: { front: { aliases: [www] } }
    secrets: [pw, { source: key, target: k.pem, mode: 0400 }]
    restart: always
networks: { front: {} }
`;
    const result = loadComposeFile(text);
    expect(result.ok && result.ignored).toEqual(['restart']);
    if (!result.ok) throw new Error(result.error);
    expect(result.config.services[0]).toMatchObject({
      name: 'web', image: 'nginx:1.27', command: ['nginx', '-g', 'daemon off;'], environment: ['A=x', 'B=2', 'C'],
      ports: [{ target: 80, published: 8080, protocol: 'tcp', mode: 'ingress' }, { target: 443, published: 8443, protocol: 'tcp', mode: 'host' }],
      networks: { front: ['www'] }, secrets: [{ source: 'pw' }, { source: 'key', target: 'k.pem', mode: 0o400 }],
    });
  });
});
