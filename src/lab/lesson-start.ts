// Gives a team the cluster a lesson starts with: a fresh one with the lesson's topology (swarm
// initialised or not), then its overlay networks and services, created through the same cluster
// commands `docker network create` and `docker service create` send, so they look and behave like
// ones a student made.

import { nextStartCommand, type Lesson } from '../lessons/index.js';
import type { Lab } from './lab.js';

// A start state lists at most a few services and their networks; the bound only guards a loop.
const MAX_START_COMMANDS = 100;

/** resetForLesson replaces a team's cluster with the one a lesson starts with. */
export function resetForLesson(lab: Lab, team: string, lesson: Lesson, by: string): void {
  const nodes = lesson.startState.nodes;
  lab.resetTeam(team, { noSwarm: lesson.start === 'no-swarm', by, ...(nodes && { nodes }) });
  const cluster = lab.team(team);
  for (let i = 0; i < MAX_START_COMMANDS; i++) {
    const command = nextStartCommand(cluster.state, lesson.startState);
    if (!command) return;
    cluster.execute(command, { user: by });
  }
}

/** startDiffers reports whether a team's cluster is not (or no longer) the one the lesson starts with. */
export function startDiffers(lab: Lab, team: string, lesson: Lesson): boolean {
  const state = lab.team(team).state;
  if ((state.swarm !== null) !== (lesson.start !== 'no-swarm')) return true;
  const nodes = lesson.startState.nodes;
  const hosts = Object.keys(state.hosts);
  if (nodes && (hosts.length !== nodes.managers + nodes.workers || !hosts.includes(`manager${nodes.managers}`))) return true;
  return nextStartCommand(state, lesson.startState) !== undefined;
}
