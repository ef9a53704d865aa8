/** Socket.IO room names: every socket of a person, and everyone reading a Hearth room. */
export const userChannel = (userId: string) => `user:${userId}`;
/** Every socket opened with one session cookie: signing out closes them. */
export const sessionChannel = (sessionId: string) => `session:${sessionId}`;
export const roomChannel = (roomId: string) => `room:${roomId}`;
export const roomIdFromChannel = (channel: string) =>
  channel.startsWith("room:") ? channel.slice(5) : undefined;
