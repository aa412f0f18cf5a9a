/** Team is one team: its name, when it was created and its cluster options (opaque JSON). */
export interface Team {
  readonly name: string;
  readonly createdAt: number;
  readonly options: unknown;
}

/** TeamStore records the teams of the classroom. */
export interface TeamStore {
  /** create adds `team` and returns true, or returns false and changes nothing when the name exists. */
  create(team: Team): boolean;
  /** get returns the team called `name`, if any. */
  get(name: string): Team | undefined;
  /** list returns every team, sorted by name. */
  list(): Team[];
  /** remove deletes the team called `name` and returns whether it existed; its event stream is untouched. */
  remove(name: string): boolean;
}
