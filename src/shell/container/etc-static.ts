// The image's own /etc files (alpine-baselayout, alpine 3.20), shortened where the real file is
// long and nobody in a networking lesson reads it. `id` reads passwd and group from here.

import { buildAlpineRelease, buildOsRelease } from './etc-files.js';
import { ALPINE_VERSION } from './image-info.js';

const PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
console:x:17:
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

const MOTD = `Welcome to Alpine!

The Alpine Wiki contains a large amount of how-to guides and general
information about administrating Alpine systems.
See <https://wiki.alpinelinux.org/>.

You can setup the system with the command: setup-alpine

You may change this message by editing /etc/motd.

`;

const PROFILE = `export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

export PAGER=less
umask 022

for script in /etc/profile.d/*.sh ; do
	if [ -r "$script" ] ; then
		. "$script"
	fi
done
unset script
`;

/** ETC_STATIC_FILES maps each static /etc file to its content. */
export const ETC_STATIC_FILES: Readonly<Record<string, string>> = {
  '/etc/alpine-release': buildAlpineRelease(),
  '/etc/os-release': buildOsRelease(),
  '/etc/issue': `Welcome to Alpine Linux ${ALPINE_VERSION.split('.').slice(0, 2).join('.')}\nKernel \\r on an \\m (\\l)\n\n`,
  '/etc/motd': MOTD,
  '/etc/passwd': PASSWD,
  '/etc/group': GROUP,
  '/etc/shadow': '',
  '/etc/shells': '# valid login shells\n/bin/sh\n/bin/ash\n',
  '/etc/profile': PROFILE,
  '/etc/fstab': '/dev/cdrom\t/media/cdrom\tiso9660\tnoauto,ro 0 0\n/dev/usbdisk\t/media/usb\tvfat\tnoauto,ro 0 0\n',
  '/etc/inittab': '',
  '/etc/modules': 'af_packet\nipv6\n',
  '/etc/nsswitch.conf': '# musl itself does not support NSS, however some third-party DNS\n# implementations use the nsswitch.conf file to determine what\n# policy to follow.\n# Editing this file is not recommended.\nhosts: files dns\n',
  '/etc/protocols': '',
  '/etc/securetty': '',
  '/etc/services': '',
  '/etc/sysctl.conf': '',
};

/** PasswdEntry is one /etc/passwd line. */
export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

/** GroupEntry is one /etc/group line. */
export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

/** parsePasswd reads /etc/passwd lines. */
export function parsePasswd(text: string): PasswdEntry[] {
  return text.split('\n').flatMap((line) => {
    const [name, , uid, gid] = line.split(':');
    return name && uid !== undefined && gid !== undefined ? [{ name, uid: Number(uid), gid: Number(gid) }] : [];
  });
}

/** parseGroup reads /etc/group lines. */
export function parseGroup(text: string): GroupEntry[] {
  return text.split('\n').flatMap((line) => {
    const [name, , gid, members = ''] = line.split(':');
    return name && gid !== undefined ? [{ name, gid: Number(gid), members: members.split(',').filter((m) => m !== '') }] : [];
  });
}
