// What services tell the real-time layer. Services never import Socket.IO: the server
// registers the real publisher at start; scripts and tests without sockets get the quiet one.
export interface Publisher {
  /** Closes every open socket of this person (their sessions were revoked). */
  disconnectUser(userId: string): void;
}

const quietPublisher: Publisher = { disconnectUser: () => {} };

const globalKey = Symbol.for("hearth.publisher");
type GlobalWithPublisher = typeof globalThis & { [globalKey]?: Publisher };

export function setPublisher(publisher: Publisher | undefined): void {
  (globalThis as GlobalWithPublisher)[globalKey] = publisher;
}

export function publisher(): Publisher {
  return (globalThis as GlobalWithPublisher)[globalKey] ?? quietPublisher;
}
