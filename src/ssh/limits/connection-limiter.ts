// Admission of TCP connections, like sshd's MaxStartups but fair between addresses. A class of
// 300 may share one NAT address, so the per-address cap on connections is high; what is bounded
// tightly is connections that have not logged in yet (half-open or stalled handshakes), per
// address and in total. When a new connection needs room, the oldest unauthenticated connection
// of the same address, or of the address holding the most, is closed: a flood from one address
// then only ever evicts its own connections, and a stalled handshake is the least valuable kind.

/** ConnectionLimits are the admission bounds. */
export interface ConnectionLimits {
  maxConnectionsPerAddress: number;
  maxUnauthenticatedPerAddress: number;
  maxUnauthenticated: number;
}

/** ConnectionTicket is one admitted connection's place in the books. */
export interface ConnectionTicket {
  readonly address: string;
  /** authenticated moves the connection out of the unauthenticated count. */
  authenticated(): void;
  /** release gives the place back when the connection closes (idempotent). */
  release(): void;
}

/** Eviction names a connection closed to make room, and which bound required it. */
export interface Eviction {
  address: string;
  bound: 'maxUnauthenticatedPerAddress' | 'maxUnauthenticated';
}

/** Admission is the answer to a new connection. */
export type Admission = { ok: true; ticket: ConnectionTicket; evicted: Eviction[] } | { ok: false; bound: 'maxConnectionsPerAddress' };

interface Entry {
  address: string;
  close: () => void;
  state: 'pending' | 'ready' | 'evicted' | 'released';
}

interface AddressBook {
  total: number;
  /** pending holds unauthenticated entries in arrival order (a Set keeps insertion order). */
  pending: Set<Entry>;
}

/** ConnectionLimiter keeps the books of live connections per source address. */
export class ConnectionLimiter {
  private readonly books = new Map<string, AddressBook>();
  private pendingTotal = 0;

  /** constructor takes the bounds. */
  constructor(private readonly limits: ConnectionLimits) {}

  /** admit decides on a new connection from address; close is how to close it if it is evicted later. */
  admit(address: string, close: () => void): Admission {
    const book = this.books.get(address) ?? { total: 0, pending: new Set<Entry>() };
    if (book.total >= this.limits.maxConnectionsPerAddress) return { ok: false, bound: 'maxConnectionsPerAddress' };
    this.books.set(address, book);
    const evicted: Eviction[] = [];
    if (book.pending.size >= this.limits.maxUnauthenticatedPerAddress) {
      this.evict(oldest(book), 'maxUnauthenticatedPerAddress', evicted);
    }
    if (this.pendingTotal >= this.limits.maxUnauthenticated) {
      const heaviest = this.heaviest();
      if (heaviest) this.evict(oldest(heaviest), 'maxUnauthenticated', evicted);
    }
    const entry: Entry = { address, close, state: 'pending' };
    book.total++;
    book.pending.add(entry);
    this.pendingTotal++;
    return { ok: true, ticket: this.ticket(entry, book), evicted };
  }

  /** stats reports the live connections and how many of them are not logged in yet. */
  stats(): { connections: number; unauthenticated: number; addresses: number } {
    let connections = 0;
    for (const book of this.books.values()) connections += book.total;
    return { connections, unauthenticated: this.pendingTotal, addresses: this.books.size };
  }

  private ticket(entry: Entry, book: AddressBook): ConnectionTicket {
    return {
      address: entry.address,
      authenticated: () => {
        if (entry.state !== 'pending') return;
        this.unpend(entry, book);
        entry.state = 'ready';
      },
      release: () => {
        if (entry.state === 'released') return;
        if (entry.state === 'pending') this.unpend(entry, book);
        entry.state = 'released';
        book.total--;
        if (book.total <= 0 && this.books.get(entry.address) === book) this.books.delete(entry.address);
      },
    };
  }

  private unpend(entry: Entry, book: AddressBook): void {
    if (book.pending.delete(entry)) this.pendingTotal--;
  }

  // evict takes a connection out of the unauthenticated count now (its socket closes later, and
  // only then gives back its place in the total) and closes it.
  private evict(entry: Entry | undefined, bound: Eviction['bound'], evicted: Eviction[]): void {
    if (!entry) return;
    const book = this.books.get(entry.address);
    if (book) this.unpend(entry, book);
    entry.state = 'evicted';
    evicted.push({ address: entry.address, bound });
    entry.close();
  }

  private heaviest(): AddressBook | undefined {
    let best: AddressBook | undefined;
    for (const book of this.books.values()) if (book.pending.size > (best?.pending.size ?? 0)) best = book;
    return best;
  }
}

function oldest(book: AddressBook): Entry | undefined {
  return book.pending.values().next().value;
}
