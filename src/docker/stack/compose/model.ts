// A compose file after validation, in the shape the stack converter needs (the subset of
// docker/cli cli/compose/types swarmlab acts on).

/** ComposeFileRef is a service's `secrets:`/`configs:` entry. */
export interface ComposeFileRef {
  source: string;
  target?: string;
  uid?: string;
  gid?: string;
  mode?: number;
}

/** ComposePort is one `ports:` entry in its long form. */
export interface ComposePort {
  target: number;
  published?: number;
  protocol: string;
  mode: string;
}

/** ComposeService is one entry of `services:`. */
export interface ComposeService {
  name: string;
  image: string;
  command?: string[];
  environment: string[];
  labels: Record<string, string>;
  hostname?: string;
  /** networks maps a network's key in the file to its extra aliases; absent means `default`. */
  networks?: Record<string, string[]>;
  ports: ComposePort[];
  secrets: ComposeFileRef[];
  configs: ComposeFileRef[];
  stopGracePeriod?: string;
  deploy: Record<string, unknown>;
}

/** ComposeNetwork is one entry of `networks:`. */
export interface ComposeNetwork {
  name?: string;
  driver?: string;
  external: boolean;
  internal: boolean;
  attachable: boolean;
  labels: Record<string, string>;
}

/** ComposeData is one entry of `secrets:` or `configs:`. */
export interface ComposeData {
  name?: string;
  file?: string;
  external: boolean;
  labels: Record<string, string>;
}

/** ComposeConfig is a whole compose file. */
export interface ComposeConfig {
  services: ComposeService[];
  networks: Record<string, ComposeNetwork>;
  secrets: Record<string, ComposeData>;
  configs: Record<string, ComposeData>;
}
