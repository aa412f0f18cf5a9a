// The engine's answer to GET /info (moby v28.2.2 daemon/info.go SystemInfo, api/types/system
// Info) for one simulated machine: its task containers, pulled images, swarm state and the fixed
// facts of a Docker CE 28.2.2 install on Ubuntu 24.04 with cgroup v2.

import { containersOnHost, isContainerRunning, type ClusterState } from '../../cluster/index.js';
import { ENGINE_PLUGINS } from '../node/resource.js';
import { ENGINE } from './engine.js';
import { swarmInfo } from './info-swarm.js';

/** engineId is the daemon's UUID (daemon/id.go), derived from the machine's bridge network ID. */
function engineId(seed: string): string {
  const hex = seed.padEnd(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] ?? '0', 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const plugins = (type: string): string[] => ENGINE_PLUGINS.filter((p) => p.Type === type).map((p) => p.Name);

/** infoObject returns system.Info for the machine `hostname`. */
export function infoObject(state: Readonly<ClusterState>, hostname: string): Record<string, unknown> {
  const host = state.hosts[hostname];
  const containers = containersOnHost(state as ClusterState, hostname);
  const running = containers.filter(isContainerRunning).length;
  return {
    ID: engineId(host?.localNetworks.find((n) => n.name === 'bridge')?.id ?? ''),
    Containers: containers.length,
    ContainersRunning: running,
    ContainersPaused: 0,
    ContainersStopped: containers.length - running,
    Images: host?.images.length ?? 0,
    Driver: 'overlay2',
    DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true'], ['Using metacopy', 'false'], ['Native Overlay Diff', 'true'], ['userxattr', 'false']],
    Plugins: { Volume: plugins('Volume'), Network: plugins('Network'), Authorization: null, Log: plugins('Log') },
    MemoryLimit: true, SwapLimit: true, CpuCfsPeriod: true, CpuCfsQuota: true, CPUShares: true, CPUSet: true, PidsLimit: true,
    IPv4Forwarding: true, Debug: false, OomKillDisable: false,
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    KernelVersion: ENGINE.kernel,
    OperatingSystem: ENGINE.os,
    OSVersion: ENGINE.osVersion,
    OSType: 'linux',
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: { InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'], IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } }, Mirrors: null },
    NCPU: Math.trunc((host?.nanoCpus ?? 0) / 1e9),
    MemTotal: host?.memoryBytes ?? 0,
    DockerRootDir: '/var/lib/docker',
    Name: hostname,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: ENGINE.version,
    Runtimes: { 'io.containerd.runc.v2': { path: 'runc', status: { 'org.opencontainers.runtime-spec.features': '{}' } }, runc: { path: 'runc' } },
    DefaultRuntime: 'runc',
    Swarm: swarmInfo(state, hostname),
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: { ID: '05044ec0a9a75232cad458027ca83437aae3f4da' },
    RuncCommit: { ID: 'v1.2.5-0-g59923ef' },
    InitCommit: { ID: 'de40ad0' },
    SecurityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
    CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
    Warnings: null,
  };
}
