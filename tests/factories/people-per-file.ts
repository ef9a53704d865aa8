// The people one test file signs up as it goes (each signed in, with an open socket, all closed
// when the file ends), and HTTP writes as one of them.
import { afterAll } from "vitest";
import { postJson } from "@/tests/factories/accounts";
import { connectMember, type ConnectedMember } from "@/tests/factories/chat";

export function peoplePerFile(hearth: { app: { url: string } }) {
  const everyone: ConnectedMember[] = [];
  afterAll(() => everyone.forEach((someone) => someone.socket.close()));
  return {
    async person(): Promise<ConnectedMember> {
      const connected = await connectMember(hearth.app.url);
      everyone.push(connected);
      return connected;
    },
    /** A JSON POST as `who`, from Hearth's own pages. */
    post: (path: string, body: unknown, who: ConnectedMember) =>
      postJson(`${hearth.app.url}${path}`, body, { cookie: who.cookie }),
  };
}
