// ls's //usage: text from coreutils/ls.c (1_36_1) with alpine's features: follow links,
// recursion, file types, human sizes, sorting, timestamps, width and color; no SELinux.

import type { AppletUsage } from './usage.js';

/** LS_USAGE is ls's usage text. */
export const LS_USAGE: AppletUsage = {
  trivial: '[-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...',
  full: [
    'List directory contents',
    '',
    '\t-1\tOne column output',
    '\t-a\tInclude names starting with .',
    '\t-A\tLike -a, but exclude . and ..',
    '\t-x\tList by lines',
    '\t-d\tList directory names, not contents',
    '\t-L\tFollow symlinks',
    '\t-H\tFollow symlinks on command line',
    '\t-R\tRecurse',
    '\t-p\tAppend / to directory names',
    '\t-F\tAppend indicator (one of */=@|) to names',
    '\t-l\tLong format',
    '\t-i\tList inode numbers',
    '\t-n\tList numeric UIDs and GIDs instead of names',
    '\t-s\tList allocated blocks',
    '\t-lc\tList ctime',
    '\t-lu\tList atime',
    '\t--full-time\tList full date/time',
    '\t-h\tHuman readable sizes (1K 243M 2G)',
    '\t--group-directories-first',
    '\t-S\tSort by size',
    '\t-X\tSort by extension',
    '\t-v\tSort by version',
    '\t-t\tSort by mtime',
    '\t-tc\tSort by ctime',
    '\t-tu\tSort by atime',
    '\t-r\tReverse sort order',
    '\t-w N\tFormat N columns wide',
    '\t--color[={always,never,auto}]',
  ].join('\n'),
};
