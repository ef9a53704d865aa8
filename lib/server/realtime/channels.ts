/** Socket.IO room names: every socket of a person, everyone reading a Hearth room, and its watchers. */
export const userChannel = (userId: string) => `user:${userId}`;
/** Every socket opened with one session cookie: signing out closes them. */
export const sessionChannel = (sessionId: string) => `session:${sessionId}`;
/**
 * A person's sockets whose session may use staff powers (a second step passed, or not required:
 * decision 0028); what moderators are told (the queue changed, a report came in) goes here only.
 */
export const staffChannel = (userId: string) => `staff:${userId}`;
export const roomChannel = (roomId: string) => `room:${roomId}`;
/** Everyone watching a room from outside (room:watch): its changes reach them, its conversation does not. */
export const roomWatchChannel = (roomId: string) => `watch:${roomId}`;
export const roomIdFromChannel = (channel: string) =>
  channel.startsWith("room:") ? channel.slice(5) : undefined;
