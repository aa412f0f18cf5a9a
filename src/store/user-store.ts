/** User is a person known by name, with the team an instructor assigned, if any. */
export interface User {
  readonly name: string;
  readonly assignedTeam?: string;
  readonly createdAt: number;
}

/** NewKey is an SSH public key to remember for a user: the key type and the base64 key blob. */
export interface NewKey {
  readonly user: string;
  readonly keyType: string;
  readonly keyBase64: string;
  readonly addedAt: number;
}

/** RememberedKey is a remembered key with its fingerprint as OpenSSH prints it (`SHA256:...`). */
export interface RememberedKey extends NewKey {
  readonly fingerprint: string;
}

/** UserStore records users, their assigned team and the SSH public keys remembered for them. */
export interface UserStore {
  /** ensure returns the user called `name`, creating it with `createdAt` when missing. */
  ensure(name: string, createdAt: number): User;
  /** get returns the user called `name`, if any. */
  get(name: string): User | undefined;
  /** list returns every user, sorted by name. */
  list(): User[];
  /** assign sets (or with undefined clears) the user's team, creating the user at `now` when missing. */
  assign(name: string, team: string | undefined, now: number): void;
  /**
   * rememberKey stores `key` for `key.user` (creating the user when missing). A key belongs to one
   * user: remembering it for another user moves it there, keeping the latest login's claim.
   */
  rememberKey(key: NewKey): RememberedKey;
  /** findUserByKey returns the user a key is remembered for, if any. */
  findUserByKey(keyType: string, keyBase64: string): User | undefined;
  /** keysOf lists the keys remembered for `user`, oldest first. */
  keysOf(user: string): RememberedKey[];
}
