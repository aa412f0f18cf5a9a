// The store keeps caller data opaque: it goes in as any JSON-able value and comes back parsed.

/** toJson serialises `value` for storage, naming `what` when the value cannot be written as JSON. */
export function toJson(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TypeError(`${what} is not JSON-serialisable: ${reason}`, { cause: error });
  }
  // JSON.stringify returns undefined for undefined, functions and symbols: nothing to store.
  if (text === undefined) throw new TypeError(`${what} is not JSON-serialisable: ${typeof value}`);
  return text;
}

/** fromJson parses text written by toJson. */
export function fromJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}
