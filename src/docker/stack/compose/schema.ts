// The part of the compose file format v3.13 schema swarmlab checks, written as our own data
// (docker/cli v28.2.2 cli/compose/schema/data/config_schema_v3.13.json): every property name the
// format allows, so an unknown key gets docker's "Additional property … is not allowed", and the
// types of the properties swarmlab acts on. Keys the format allows but swarmlab does not model
// are accepted here and refused later, by name, with "not simulated".

/** Schema is one node of the mini JSON schema the validator walks. */
export type Schema =
  | { kind: 'any' }
  | { kind: 'type'; types: readonly JsonType[] }
  | { kind: 'object'; props: Readonly<Record<string, Schema>>; pattern?: { re: RegExp; schema: Schema }; open?: boolean; nullable?: boolean }
  | { kind: 'map'; values: Schema }
  | { kind: 'array'; items: Schema }
  | { kind: 'oneOf'; options: readonly Schema[] };

/** JsonType is a JSON schema type name. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array';

const ANY: Schema = { kind: 'any' };
const t = (...types: JsonType[]): Schema => ({ kind: 'type', types });
const obj = (props: Record<string, Schema>, extra: { open?: boolean; nullable?: boolean } = {}): Schema => ({ kind: 'object', props, ...extra });
const anyOf = (names: string): Record<string, Schema> => Object.fromEntries(names.split(/\s+/).filter((n) => n !== '').map((n) => [n, ANY]));
const STRING = t('string');
const STRINGS: Schema = { kind: 'array', items: STRING };
const LIST_OR_DICT: Schema = { kind: 'oneOf', options: [{ kind: 'map', values: t('string', 'number', 'boolean', 'null') }, STRINGS] };
const EXTERNAL: Schema = { kind: 'oneOf', options: [t('boolean'), obj({ name: STRING })] };

const UPDATE_CONFIG = obj({
  parallelism: t('integer'), delay: STRING, failure_action: STRING, monitor: STRING, max_failure_ratio: t('number'), order: STRING,
});
const RESOURCE = obj({ cpus: t('string', 'number'), memory: STRING, pids: t('integer'), generic_resources: ANY });

const DEPLOY = obj({
  mode: STRING,
  endpoint_mode: STRING,
  replicas: t('integer'),
  labels: LIST_OR_DICT,
  rollback_config: UPDATE_CONFIG,
  update_config: UPDATE_CONFIG,
  resources: obj({ limits: RESOURCE, reservations: RESOURCE }),
  restart_policy: obj({ condition: STRING, delay: STRING, max_attempts: t('integer'), window: STRING }),
  placement: obj({ constraints: STRINGS, preferences: ANY, max_replicas_per_node: t('integer') }),
}, { nullable: true });

const PORT = obj({ mode: STRING, target: t('integer'), published: t('integer'), protocol: STRING });
const FILE_REF: Schema = { kind: 'oneOf', options: [STRING, obj({ source: STRING, target: STRING, uid: STRING, gid: STRING, mode: t('number') }, { open: true })] };
const SERVICE_NETWORKS: Schema = {
  kind: 'oneOf',
  options: [
    STRINGS,
    { kind: 'object', props: {}, pattern: { re: /^[a-zA-Z0-9._-]+$/, schema: obj({ aliases: STRINGS, driver_opts: ANY, ipv4_address: STRING, ipv6_address: STRING }, { nullable: true }) } },
  ],
};

const SERVICE = obj({
  ...anyOf(`build cap_add cap_drop cgroupns_mode cgroup_parent container_name credential_spec depends_on devices dns dns_search
    domainname entrypoint env_file expose external_links extra_hosts healthcheck init ipc isolation links logging mac_address
    network_mode pid privileged read_only restart security_opt shm_size sysctls stdin_open stop_signal tmpfs tty ulimits
    oom_score_adj user userns_mode volumes working_dir`),
  deploy: DEPLOY,
  image: STRING,
  command: { kind: 'oneOf', options: [STRING, STRINGS] },
  environment: LIST_OR_DICT,
  labels: LIST_OR_DICT,
  hostname: STRING,
  networks: SERVICE_NETWORKS,
  ports: { kind: 'array', items: { kind: 'oneOf', options: [t('number'), STRING, PORT] } },
  secrets: { kind: 'array', items: FILE_REF },
  configs: { kind: 'array', items: FILE_REF },
  stop_grace_period: STRING,
});

const NETWORK = obj({
  name: STRING, driver: STRING, driver_opts: ANY, ipam: ANY, external: EXTERNAL, internal: t('boolean'), attachable: t('boolean'), labels: LIST_OR_DICT,
}, { nullable: true });
const SECRET = obj({ name: STRING, file: STRING, external: EXTERNAL, labels: LIST_OR_DICT, driver: STRING, driver_opts: ANY, template_driver: STRING });
const CONFIG = obj({ name: STRING, file: STRING, external: EXTERNAL, labels: LIST_OR_DICT, template_driver: STRING });
const NAMED = (schema: Schema): Schema => ({ kind: 'object', props: {}, pattern: { re: /^[a-zA-Z0-9._-]+$/, schema } });

/** COMPOSE_SCHEMA is the root: version, the five sections, and `x-` extensions. */
export const COMPOSE_SCHEMA: Schema = {
  kind: 'object',
  props: {
    version: STRING,
    services: NAMED(SERVICE),
    networks: NAMED(NETWORK),
    volumes: NAMED(ANY),
    secrets: NAMED(SECRET),
    configs: NAMED(CONFIG),
  },
  pattern: { re: /^x-/, schema: ANY },
};
