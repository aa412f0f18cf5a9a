// A list's selected row and scroll position. The selection follows its item by key across
// refreshes (a new session logging in above the selected one does not move the highlight to
// someone else), and the window scrolls just enough to keep the selection visible.

/** ListCursor is the selection and scroll offset of one pane's list. */
export class ListCursor {
  index = 0;
  offset = 0;
  private key: string | undefined;
  /** following is true while a tail-following list (the event feed) sits on its newest row. */
  private following: boolean;

  /** tail makes the cursor follow the newest (last) item until the user moves up, like `tail -f`. */
  constructor(private readonly tail = false) {
    this.following = tail;
  }

  /** sync re-finds the selected item among fresh keys, or clamps the index when it is gone. */
  sync(keys: readonly string[]): void {
    if (this.following) this.index = keys.length - 1;
    else if (this.key !== undefined) {
      const found = keys.indexOf(this.key);
      if (found >= 0) this.index = found;
    }
    this.index = Math.max(0, Math.min(this.index, keys.length - 1));
    this.key = keys[this.index];
  }

  /** move shifts the selection by delta rows (to an end with ±Infinity) among keys. */
  move(delta: number, keys: readonly string[]): void {
    if (keys.length === 0) return;
    const target = delta === Infinity ? keys.length - 1 : delta === -Infinity ? 0 : this.index + delta;
    this.index = Math.max(0, Math.min(target, keys.length - 1));
    this.key = keys[this.index];
    this.following = this.tail && this.index === keys.length - 1;
  }

  /** window returns the first visible row for a pane showing height of count rows, scrolling as needed. */
  window(count: number, height: number): number {
    if (height <= 0 || count <= height) return (this.offset = 0);
    if (this.index < this.offset) this.offset = this.index;
    if (this.index >= this.offset + height) this.offset = this.index - height + 1;
    this.offset = Math.max(0, Math.min(this.offset, count - height));
    return this.offset;
  }
}
