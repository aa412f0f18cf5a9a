// The shell's view of a running command; the types live in the docker layer (see there).

export type { Disposable, ProcessIO, ProcessInput, TerminalSize } from '../docker/process-io.js';
