// busybox's usage screen: libbb/appletlib.c bb_show_usage() writes the banner, a blank line,
// `Usage: <applet> <trivial usage>`, then the full usage, all to stderr, and exits 1.

import type { ProcessIO } from '../../process-io.js';
import { BUSYBOX_BANNER } from '../image-info.js';

/** AppletUsage is an applet's `//usage:` pair: trivial (after the name) and full (body) text. */
export interface AppletUsage {
  trivial: string;
  /** full is the text after the blank line, or '' for applets whose full usage is empty. */
  full: string;
}

/** showUsage prints usage like bb_show_usage() and returns its exit status 1. */
export function showUsage(io: ProcessIO, applet: string, usage: AppletUsage): number {
  io.stderr(usageText(applet, usage));
  return 1;
}

/** usageText is the exact text bb_show_usage() writes for applet. */
export function usageText(applet: string, usage: AppletUsage): string {
  const name = usage.trivial === '' ? applet : `${applet} ${usage.trivial}`;
  const body = usage.full === '' ? '' : `\n\n${usage.full}`;
  return `${BUSYBOX_BANNER} multi-call binary.\n\nUsage: ${name}${body}\n`;
}
