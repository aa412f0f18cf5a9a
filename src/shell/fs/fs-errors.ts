// The errno values the simulated filesystem can fail with, and their strerror texts as glibc
// prints them (GNU coreutils and bash show these after `name: `).

/** FsCode is the errno of a failed filesystem operation. */
export type FsCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'EISDIR'
  | 'ENOTDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EFBIG'
  | 'ENOSPC'
  | 'EDQUOT'
  | 'EROFS'
  | 'EIO'
  | 'EINVAL'
  | 'ENAMETOOLONG';

const TEXTS: Record<FsCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EFBIG: 'File too large',
  ENOSPC: 'No space left on device',
  EDQUOT: 'Disk quota exceeded',
  EROFS: 'Read-only file system',
  EIO: 'Input/output error',
  EINVAL: 'Invalid argument',
  ENAMETOOLONG: 'File name too long',
};

/** errnoText is glibc's strerror text of a code: `No such file or directory`. */
export function errnoText(code: FsCode): string {
  return TEXTS[code];
}

/** goErrnoText is the same error as Go's syscall.Errno prints it (lower case), for docker's os.Open. */
export function goErrnoText(code: FsCode): string {
  const text = TEXTS[code];
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** isFsCode tells a code from a successful result. */
export function isFsCode(value: unknown): value is FsCode {
  return typeof value === 'string' && Object.hasOwn(TEXTS, value);
}
