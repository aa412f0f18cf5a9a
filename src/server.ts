// The composition root of `swarmlab serve`: open the store, the host key and the lab, then
// listen for SSH. Exposed as a function so end-to-end tests start the real server in-process on
// 127.0.0.1:0 with a temporary data directory.

import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { runDocker } from './docker/run-docker.js';
import { realEntropy } from './lab/real-entropy.js';
import { Lab } from './lab/lab.js';
import type { Actor, Team } from './lab/team.js';
import { realTimers, type Timers } from './lab/timers.js';
import { createLogger } from './log.js';
import { containerEnvFor } from './shell/container/task-container.js';
import { execInContainer } from './shell/container/container-shell.js';
import { nodeCompleter } from './shell/node/completion.js';
import { clusterNodeNet } from './shell/node/node-net.js';
import { goErrnoText } from './shell/fs/fs-errors.js';
import { HomeDirectories } from './shell/fs/home-directories.js';
import { memoryHomeStorage } from './shell/fs/home-storage.js';
import { NodeFs } from './shell/fs/node-fs.js';
import { storeHomeStorage } from './home-storage.js';
import type { ProcessIO } from './shell/process-io.js';
import { loadOrCreateHostKey, readInstructorKeys } from './ssh/host-key.js';
import { userPart } from './ssh/login-name.js';
import { startSshServer, type SshServer } from './ssh/server.js';
import { isInstructorConsole, runInstructorSession } from './ssh/instructor-session.js';
import { runStudentSession, type NodeRuntime } from './ssh/student-session.js';
import { loadLessons } from './lessons/index.js';
import { openStore, StoreError, type Store } from './store/index.js';
import type { DockerHost } from './docker/host.js';
import type { Entropy } from './cluster/index.js';

// Session recordings are kept two weeks and 512 MiB at most; the oldest ended ones go first.
const RECORDING_MAX_AGE_MS = 14 * 24 * 3_600_000;
const RECORDING_MAX_BYTES = 512 * 1024 * 1024;

/** RunningServer is a started swarmlab. */
export interface RunningServer {
  port: number;
  lab: Lab;
  store: Store;
  /** banner is the text `npm start` prints: address and codes. */
  banner: string;
  stop(reason?: string): Promise<void>;
}

/** ServerDeps lets tests inject time, randomness and a log destination. */
export interface ServerDeps {
  timers?: Timers;
  entropy?: Entropy;
  log?: Logger;
}

/** startServer starts swarmlab, or prints why it cannot and returns undefined. */
export async function startServer(config: Config, deps: ServerDeps = {}): Promise<RunningServer | undefined> {
  const log = deps.log ?? createLogger(config.logLevel);
  let store: Store;
  try {
    store = openStore({ dir: resolve(config.dataDir) });
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`swarmlab: ${error.message}\n`);
      return undefined;
    }
    throw error;
  }
  const loaded = loadLessons(config.lessonsDir !== undefined ? resolve(config.lessonsDir) : undefined);
  if (loaded.problems.length > 0) {
    process.stderr.write(`swarmlab: some lessons cannot be used; fix them or remove their folders:\n${loaded.problems.map((p) => `  ${p}`).join('\n')}\n`);
    store.close();
    return undefined;
  }
  const keysDir = resolve(config.keysDir);
  const hostKey = loadOrCreateHostKey(keysDir);
  const timers = deps.timers ?? realTimers;
  const entropy = deps.entropy ?? realEntropy();
  const lab = new Lab({
    limits: config.limits,
    lessons: loaded.lessons,
    store,
    timers,
    entropy,
    log,
    topology: { managers: config.managers, workers: config.workers },
    ...(config.joinCode !== undefined && { joinCode: config.joinCode }),
    ...(config.instructorCode !== undefined && { instructorCode: config.instructorCode }),
  });
  // Users' files are kept across `reset <team>`: they are the students' work, not cluster state.
  const homes = new HomeDirectories(storeHomeStorage(store, log), config.limits);
  const runtime = nodeRuntime(entropy, homes);
  const prune = (): void => {
    try {
      const removed = store.recordings.prune({ now: timers.now(), maxAgeMs: RECORDING_MAX_AGE_MS, maxBytes: RECORDING_MAX_BYTES });
      if (removed.sessions > 0) log.info(removed, 'pruned recordings');
    } catch (error) {
      log.warn({ err: error }, 'pruning recordings failed');
    }
  };
  prune();
  const pruneTimer = setInterval(prune, 60 * 60_000);
  pruneTimer.unref();
  let ssh: SshServer;
  try {
    ssh = await startSshServer({
      host: config.host,
      port: config.port,
      hostKey: hostKey.privateKey,
      log,
      limits: config.limits,
      auth: {
        joinCode: () => lab.joinCode,
        instructorCode: () => lab.instructorCode,
        userOfKey: (key) => store.users.findUserByKey(key.type, key.base64)?.name,
        instructorKeys: () => readInstructorKeys(keysDir),
      },
      onAuthenticated: (username, role, _method, offered) => {
        const user = userPart(username);
        if (role !== 'student' || offered.length === 0 || user === undefined) return;
        store.users.ensure(user, timers.now());
        for (const key of offered) store.users.rememberKey({ user, keyType: key.type, keyBase64: key.base64, addedAt: timers.now() });
      },
      handleSession: (request) => (isInstructorConsole(request) ? runInstructorSession(lab, request) : runStudentSession(lab, request, runtime)),
    });
  } catch (error) {
    lab.close();
    store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      const why = code === 'EADDRINUSE' ? 'is already in use (is another swarmlab running?)' : code === 'EACCES' ? 'needs more privileges (ports below 1024)' : 'is not an address of this machine';
      process.stderr.write(`swarmlab: cannot listen on ${config.host}:${config.port}: the address ${why}; choose another with --port/--host\n`);
      return undefined;
    }
    throw error;
  }
  log.info({ port: ssh.port, host: config.host, data: resolve(config.dataDir) }, 'listening');
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const banner = [
    `swarmlab is listening on ${config.host}:${ssh.port}`,
    `  students:    ssh -p ${ssh.port} <name>+manager1@${shown}    password (join code): ${lab.joinCode}`,
    `  instructors: ssh -p ${ssh.port} <name>@${shown}              password (instructor code): ${lab.instructorCode}`,
    `  data: ${store.file}    host key: ${resolve(keysDir)}`,
    '',
  ].join('\n');
  let stopped = false;
  return {
    port: ssh.port,
    lab,
    store,
    banner,
    async stop(reason = 'stop') {
      if (stopped) return;
      stopped = true;
      log.info({ reason }, 'shutting down');
      for (const s of lab.presence.list()) {
        s.notify?.(s.lang === 'en' ? 'swarmlab is shutting down; your cluster is saved.' : 'o swarmlab está sendo desligado; seu cluster está salvo.');
      }
      clearInterval(pruneTimer);
      // Terminals send their output at the end of the turn: let the notices leave before the connections close.
      await new Promise((done) => setImmediate(done));
      await ssh.close();
      lab.close();
      store.close();
    },
  };
}

/** nodeRuntime connects a node shell to the docker CLI, to containers and to the user's home on the node. */
export function nodeRuntime(entropy: Entropy, homes: HomeDirectories = new HomeDirectories(memoryHomeStorage())): NodeRuntime {
  return ({ team, hostname, user, instructor, journal }) => {
    const cluster = clusterPort(team, { user, node: hostname, instructor });
    const files = new NodeFs(homes.open({ team: team.name, node: hostname, user }), () => team.now());
    return {
      files,
      net: clusterNodeNet(cluster, hostname),
      docker: (argv: string[], io: ProcessIO) => {
        const host: DockerHost = {
          cluster,
          hostname,
          io,
          files: {
            readFile: (path) => {
              const read = files.readFile(path);
              return typeof read === 'string' ? { ok: false, error: goErrnoText(read) } : { ok: true, text: read.text };
            },
          },
          exec: (request, execIo) =>
            execInContainer(
              containerEnvFor(cluster, request.task.id, entropy.random),
              request.argv,
              { interactive: request.interactive, tty: request.tty, taskId: request.task.id, ...(journal && { journal }) },
              execIo,
            ),
        };
        return runDocker(argv, host);
      },
      complete: nodeCompleter(() => cluster.state(), hostname, files),
    };
  };
}

function clusterPort(team: Team, by: Actor): DockerHost['cluster'] {
  return {
    state: () => team.state,
    now: () => team.now(),
    execute: (command) => team.execute(command, by),
  };
}
