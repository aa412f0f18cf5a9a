// Domain failures carry a kind and Docker's message. Code branches on the kind (for example
// `rm --force` skips not-found), never on the text. Kinds follow swarmkit's gRPC codes
// (manager/controlapi) and moby's errdefs.

/** ClusterErrorKind classifies a failed cluster command. */
export type ClusterErrorKind =
  | 'not-found'
  | 'already-exists'
  | 'invalid-argument'
  | 'failed-precondition'
  | 'ambiguous'
  | 'forbidden';

/** ClusterError is a cluster command refused with Docker's daemon message. */
export class ClusterError extends Error {
  readonly kind: ClusterErrorKind;

  constructor(kind: ClusterErrorKind, message: string) {
    super(message);
    this.name = 'ClusterError';
    this.kind = kind;
  }
}

/** isClusterError narrows an unknown thrown value to a ClusterError. */
export function isClusterError(value: unknown): value is ClusterError {
  return value instanceof ClusterError;
}
