// A team's simulated clock: wall time by default, but an instructor may pause it or change its
// rate (watch a rolling update step by step, skip a 50-minute sleep). Team time never goes back.

/** TeamClock maps wall-clock time to a team's simulated time. */
export class TeamClock {
  private anchorWall: number;
  private anchorTeam: number;
  private rate = 1;

  constructor(private readonly wallNow: () => number, start?: number) {
    this.anchorWall = wallNow();
    this.anchorTeam = start ?? this.anchorWall;
  }

  /** now returns the team's current simulated time in ms. */
  now(): number {
    return Math.floor(this.anchorTeam + (this.wallNow() - this.anchorWall) * this.rate);
  }

  /** speed returns the current rate (0 when paused). */
  speed(): number {
    return this.rate;
  }

  /** setSpeed changes the rate from now on: 0 pauses, 1 is real time, 10 runs ten times faster. */
  setSpeed(rate: number): void {
    this.rebase();
    this.rate = Math.max(0, rate);
  }

  /** advance jumps the team clock forward by ms. */
  advance(ms: number): void {
    this.rebase();
    this.anchorTeam += Math.max(0, ms);
  }

  /** notBefore moves the clock forward so it reads at least `teamTime` now (never backwards). */
  notBefore(teamTime: number): void {
    const now = this.now();
    if (teamTime > now) this.advance(teamTime - now);
  }

  /** wallDelayUntil converts a team time into a wall-clock delay (Infinity while paused). */
  wallDelayUntil(teamTime: number): number {
    const delta = teamTime - this.now();
    if (delta <= 0) return 0;
    return this.rate === 0 ? Infinity : Math.ceil(delta / this.rate);
  }

  private rebase(): void {
    this.anchorTeam = this.now();
    this.anchorWall = this.wallNow();
  }
}
