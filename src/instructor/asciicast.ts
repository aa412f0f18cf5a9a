// Session recordings as asciicast v2 (https://docs.asciinema.org/manual/asciicast/v2/): a JSON
// header line, then one JSON array per event: [seconds, "o"|"i"|"r", data]. `asciinema play`
// replays output and resizes; input events are kept for the instructor and ignored by players.

import type { RecordingChunk, RecordingSession } from '../store/index.js';

/** asciicastHeader renders the first line of a cast for a recorded session. */
export function asciicastHeader(session: RecordingSession): string {
  return JSON.stringify({
    version: 2,
    width: session.cols,
    height: session.rows,
    timestamp: Math.floor(session.startedAt / 1000),
    ...(session.endedAt !== undefined && { duration: Math.max(0, (session.endedAt - session.startedAt) / 1000) }),
    title: `${session.user}@${session.node} (team ${session.team})`,
    env: { TERM: 'xterm-256color', SHELL: '/bin/bash' },
  });
}

/** asciicastEvent renders one chunk as an event line. */
export function asciicastEvent(chunk: RecordingChunk): string {
  return JSON.stringify([Number((chunk.t / 1000).toFixed(6)), chunk.kind, chunk.data]);
}

/** writeAsciicast streams a whole cast through `write`, one line at a time. */
export function writeAsciicast(session: RecordingSession, chunks: Iterable<RecordingChunk>, write: (line: string) => void): void {
  write(`${asciicastHeader(session)}\n`);
  for (const chunk of chunks) write(`${asciicastEvent(chunk)}\n`);
}
