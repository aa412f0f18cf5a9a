// A small, static picture of an alpine:3.20 root filesystem for `ls` and `cat`: the top-level
// directories, /bin and /sbin full of busybox links, a believable /etc. Files the lab builds per
// container (/etc/hosts, /etc/hostname, /etc/resolv.conf) come from env.readFile and win over this;
// secrets and configs (env.mounted) add their files and the directories that hold them.

import type { GlobDirs } from '../parser/index.js';
import type { ContainerEnv } from './container-env.js';
import { buildHostname } from './etc-files.js';
import { ETC_STATIC_FILES } from './etc-static.js';

/** FsNode is one entry of the simulated filesystem. */
export type FsNode =
  | { kind: 'dir'; perm: number; mtime: number }
  | { kind: 'file'; perm: number; mtime: number; content: string; size?: number }
  | { kind: 'link'; target: string; mtime: number }
  | { kind: 'char'; perm: number; mtime: number; major: number; minor: number };

/** IMAGE_TIME is when the image's files were written (alpine 3.20.6 build, 2025-01-08). */
export const IMAGE_TIME = Date.UTC(2025, 0, 8, 11, 21, 0);

const BIN = `arch ash base64 bbconfig cat chattr chgrp chmod chown cp date dd df dmesg dnsdomainname
  dumpkmap echo egrep false fatattr fdflush fgrep fsync getopt grep gunzip gzip hostname ionice
  iostat ipcalc kbd_mode kill link linux32 linux64 ln login ls lsattr lzop makemime mkdir mknod
  mktemp more mount mountpoint mpstat mv netstat nice pidof ping ping6 pipe_progress printenv ps
  pwd reformime rev rm rmdir run-parts sed setpriv setserial sh sleep stat stty su sync tar touch
  true umount uname usleep watch zcat`;
const SBIN = `acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt
  hwclock ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr iplink ipneigh iproute
  iprule iptunnel klogd loadkmap logread losetup lsmod mdev mkdosfs mkfs.vfat mkswap modinfo
  modprobe nameif nologin pivot_root poweroff reboot rmmod route setconsole slattach swapoff
  swapon switch_root sysctl syslogd tunctl udhcpc vconfig watchdog`;
const DIRS = `/bin /dev /dev/mqueue /dev/pts /dev/shm /etc /etc/apk /etc/crontabs /etc/init.d
  /etc/modprobe.d /etc/modules-load.d /etc/network /etc/opt /etc/periodic /etc/profile.d
  /etc/secfixes.d /etc/ssl /etc/sysctl.d /etc/udhcpc /home /lib /lib/apk /lib/firmware
  /lib/modules-load.d /lib/sysctl.d /media /media/cdrom /media/floppy /media/usb /mnt /opt /proc
  /root /run /sbin /srv /sys /tmp /usr /usr/bin /usr/lib /usr/local /usr/local/bin /usr/local/lib
  /usr/local/share /usr/sbin /usr/share /var /var/cache /var/empty /var/lib /var/local /var/lock
  /var/log /var/mail /var/opt /var/spool /var/tmp`;
const DEVICES: Array<[string, number, number, number]> = [
  ['console', 0o620, 136, 0], ['full', 0o666, 1, 7], ['null', 0o666, 1, 3], ['ptmx', 0o666, 5, 2],
  ['random', 0o666, 1, 8], ['tty', 0o666, 5, 0], ['urandom', 0o666, 1, 9], ['zero', 0o666, 1, 5],
];

function buildTree(): Map<string, FsNode> {
  const tree = new Map<string, FsNode>();
  const mtime = IMAGE_TIME;
  tree.set('/', { kind: 'dir', perm: 0o755, mtime });
  for (const dir of DIRS.split(/\s+/).filter((d) => d !== '')) {
    tree.set(dir, { kind: 'dir', perm: dir === '/tmp' || dir === '/var/tmp' ? 0o1777 : dir === '/root' ? 0o700 : 0o755, mtime });
  }
  for (const name of BIN.split(/\s+/).filter((n) => n !== '')) tree.set(`/bin/${name}`, { kind: 'link', target: '/bin/busybox', mtime });
  for (const name of SBIN.split(/\s+/).filter((n) => n !== '')) tree.set(`/sbin/${name}`, { kind: 'link', target: '/bin/busybox', mtime });
  tree.set('/bin/busybox', { kind: 'file', perm: 0o755, mtime, content: '', size: 808712 });
  tree.set('/sbin/apk', { kind: 'file', perm: 0o755, mtime, content: '', size: 51504 });
  tree.set('/sbin/ldconfig', { kind: 'file', perm: 0o755, mtime, content: '', size: 393 });
  tree.set('/lib/ld-musl-x86_64.so.1', { kind: 'file', perm: 0o755, mtime, content: '', size: 641560 });
  tree.set('/lib/libc.musl-x86_64.so.1', { kind: 'link', target: 'ld-musl-x86_64.so.1', mtime });
  tree.set('/lib/libz.so.1.3.1', { kind: 'file', perm: 0o755, mtime, content: '', size: 100440 });
  tree.set('/lib/libz.so.1', { kind: 'link', target: 'libz.so.1.3.1', mtime });
  for (const [name, perm, major, minor] of DEVICES) tree.set(`/dev/${name}`, { kind: 'char', perm, mtime, major, minor });
  for (const [name, target] of [['fd', '/proc/self/fd'], ['stdin', '/proc/self/fd/0'], ['stdout', '/proc/self/fd/1'], ['stderr', '/proc/self/fd/2']]) {
    tree.set(`/dev/${name ?? ''}`, { kind: 'link', target: target ?? '', mtime });
  }
  for (const [path, content] of Object.entries(ETC_STATIC_FILES)) tree.set(path, { kind: 'file', perm: 0o644, mtime, content });
  tree.set('/etc/mtab', { kind: 'link', target: '../proc/mounts', mtime });
  return tree;
}

const TREE = buildTree();

/** CONTAINER_FILES are written by Docker when the container starts (dated "now"). */
const CONTAINER_FILES = ['/.dockerenv', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf'];

/** normalizePath resolves `.`, `..` and repeated slashes; relative paths start at `/` (ash's cwd). */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** statPath returns the node at path (after normalizing), env's own files first. */
export function statPath(env: ContainerEnv, path: string, now: number): FsNode | undefined {
  const normal = normalizePath(path);
  const fixed = TREE.get(normal);
  if (fixed?.kind === 'dir') return fixed;
  const content = normal === '/.dockerenv' ? '' : normal === '/etc/hostname' ? (env.readFile(normal) ?? buildHostname(env.hostname)) : env.readFile(normal);
  const mount = env.mounted?.().find((f) => f.path === normal);
  if (content !== undefined) {
    const mtime = CONTAINER_FILES.includes(normal) || mount ? now : IMAGE_TIME;
    return { kind: 'file', perm: mount?.mode ?? (fixed?.kind === 'file' ? fixed.perm : 0o644), mtime, content };
  }
  // Docker creates the directories that hold a secret or config (/run/secrets, /app/conf) when it mounts them.
  if (fixed === undefined && env.mounted?.().some((f) => f.path.startsWith(normal === '/' ? '/' : `${normal}/`))) {
    return { kind: 'dir', perm: 0o755, mtime: now };
  }
  return fixed;
}

/** listDir returns the sorted names inside a directory (strcmp order, as busybox in the C locale). */
export function listDir(env: ContainerEnv, dir: string): string[] {
  const normal = normalizePath(dir);
  const prefix = normal === '/' ? '/' : `${normal}/`;
  const names = new Set<string>();
  const mounted = (env.mounted?.() ?? []).map((f) => f.path);
  for (const path of [...TREE.keys(), ...CONTAINER_FILES, ...mounted]) {
    if (!path.startsWith(prefix) || path === normal) continue;
    const name = path.slice(prefix.length).split('/')[0] ?? '';
    if (name !== '' && !names.has(name) && statPath(env, `${prefix}${name}`, 0) !== undefined) names.add(name);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** rootDirs lets ash's pathname expansion walk the container's files (`cat /run/secrets/*`). */
export function rootDirs(env: ContainerEnv): GlobDirs {
  return {
    list: (dir) => (statPath(env, dir, 0)?.kind === 'dir' ? listDir(env, dir) : undefined),
    kind: (path) => {
      const node = statPath(env, path, 0);
      return node === undefined ? undefined : node.kind === 'dir' ? 'dir' : 'other';
    },
  };
}
