// What a lesson is once its Markdown files are read: the same steps in every language, each with
// its text and a declarative check evaluated against the team's cluster and the commands people
// ran. Lessons are data: a new lesson is a new folder, never new TypeScript.

import type { StartState } from './start-state.js';

/** LessonLang is a language a lesson is written in. */
export type LessonLang = 'pt' | 'en';

/** Where says where a command must have been run. */
export interface Where {
  /** node is a hostname (manager1). */
  node?: string;
  /** nodeRole is the swarm role of the node it ran on. */
  nodeRole?: 'manager' | 'worker';
  /** runsTaskOf: the node ran (at check time) a task of this service. */
  runsTaskOf?: string;
  /** insideTaskOf: the command ran inside a container of this service. */
  insideTaskOf?: string;
}

/** Check is a declarative condition; the first key names its kind. */
export type Check =
  | { all: Check[] }
  | { any: Check[] }
  | { not: Check }
  /** swarm: initialised or not, with that many nodes of each role, with a leader (raft quorum) or not. */
  | { swarm: { initialized: boolean; managers?: number; workers?: number; hasLeader?: boolean } }
  | { network: { name: string; driver?: string; absent?: boolean } }
  | {
      service: {
        name: string;
        replicas?: number;
        running?: number;
        distinctNodes?: number;
        image?: string;
        published?: number;
        /** updateState is the state of the last update or rollback (completed, paused, rollback_completed…). */
        updateState?: string;
        /** notOn: no running task of the service is on this node. */
        notOn?: string;
        /** requests: the routing mesh has sent at least this many requests to the service. */
        requests?: number;
        absent?: boolean;
      };
    }
  | { node: { hostname: string; role?: 'manager' | 'worker'; availability?: string; state?: string; leader?: boolean; absent?: boolean } }
  | { secret: { name: string; absent?: boolean } }
  | { config: { name: string; absent?: boolean } }
  /** stack: services labelled with the stack's namespace exist (that many), or none do. */
  | { stack: { name: string; services?: number; absent?: boolean } }
  /** session: someone (a role, or each role) has a live session on a node matching `where`. */
  | { session: { role?: string; each?: boolean; where: Where } }
  /** inside: someone (a role, or each role) has a shell open inside a container of `taskOf`. */
  | { inside: { taskOf: string; role?: string; each?: boolean } }
  | {
      ran: {
        /** command is a regular expression the command line must match. */
        command: string;
        /** role restricts who ran it; `each` needs every role of the lesson to have run it. */
        role?: string;
        each?: boolean;
        where?: Where;
        exit?: number;
        /** output is a regular expression the command's output must match. */
        output?: string;
        /** repliesFromOtherNode: a ping's replies came from a container on another node. */
        repliesFromOtherNode?: boolean;
      };
    };

/** Misconception explains a common mistake next to docker's own error. */
export interface Misconception {
  /** command and output are regular expressions over the command line and its output. */
  command: string;
  output?: string;
  say: string;
}

/** Step is one step of a lesson in one language. */
export interface Step {
  title: string;
  /** body is the step's Markdown text, without its check and hint blocks. */
  body: string;
  hints: string[];
  check: Check;
}

/** Role is a part in a pair lesson, tied to the node its user works on. */
export interface Role {
  node: string;
  description: string;
}

/** LessonText is a lesson in one language. */
export interface LessonText {
  title: string;
  intro: string;
  steps: Step[];
  misconceptions: Misconception[];
  roles: Record<string, Role>;
}

/** LessonStart is the cluster a lesson begins with. */
export type LessonStart = 'default' | 'no-swarm';

/** Lesson is a lesson with all its languages. */
export interface Lesson {
  id: string;
  start: LessonStart;
  /** startState adds to `start`: another topology, services already running. */
  startState: StartState;
  duration: string;
  texts: Partial<Record<LessonLang, LessonText>>;
}

/** LiveSession is where a team member is right now: their node, and the container they are in. */
export interface LiveSession {
  user: string;
  node: string;
  /** task is the task whose container the user has a shell in (docker exec -it … sh). */
  task?: string;
}

/** CommandRecord is one command a student ran, as the checks see it. */
export interface CommandRecord {
  user: string;
  node: string;
  /** task is the task whose container the command ran in (docker exec), if any. */
  task?: string;
  line: string;
  exit: number;
  /** output is the start of what the command printed (bounded). */
  output: string;
  at: number;
}
