/** Socket.IO room names: every socket of a person, and everyone reading a Hearth room. */
export const userChannel = (userId: string) => `user:${userId}`;
export const roomChannel = (roomId: string) => `room:${roomId}`;
export const roomIdFromChannel = (channel: string) =>
  channel.startsWith("room:") ? channel.slice(5) : undefined;
