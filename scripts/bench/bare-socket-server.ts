// The baseline: a bare Socket.IO server doing the same broadcast work as Hearth, with no
// authentication, no validation and no database. Prints its port when ready.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 8 * 1024 });
let nextId = 1;
io.on("connection", (socket) => {
  socket.on("room:join", (input: { roomId: string }, ack: (answer: unknown) => void) => {
    void socket.join(`room:${input.roomId}`);
    ack({ ok: true, messages: [] });
  });
  socket.on(
    "message:send",
    (input: { roomId: string; clientId: string; body: string }, ack: (answer: unknown) => void) => {
      const message = {
        id: String(nextId++),
        roomId: input.roomId,
        clientId: input.clientId,
        body: input.body,
      };
      io.to(`room:${input.roomId}`).emit("message:new", message);
      ack({ ok: true, message });
    },
  );
});
httpServer.listen(0, "127.0.0.1", () => {
  const address = httpServer.address();
  console.log(`PORT ${typeof address === "object" && address ? address.port : 0}`);
});
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (collectGarbage)
  process.on("SIGUSR2", () => {
    collectGarbage();
    console.log(`MEMORY ${JSON.stringify(process.memoryUsage())}`);
  });
process.on("SIGTERM", () => io.close(() => process.exit(0)));
