// The codes the benchmark's servers run with (temporary data directories only).

/** JOIN_CODE is the students' password of the benchmark's swarmlab. */
export const JOIN_CODE = 'bench-join';
/** INSTRUCTOR_CODE is the instructors' password of the benchmark's swarmlab. */
export const INSTRUCTOR_CODE = 'bench-teach';
