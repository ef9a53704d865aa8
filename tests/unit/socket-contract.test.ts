// The socket contract at the type level: `npm run typecheck` fails if any `@ts-expect-error`
// below stops being an error, so these lines prove that wrong names, payloads and answers are
// refused on both sides. Nothing here runs a socket.
import { describe, expectTypeOf, it } from "vitest";
import type { ask } from "@/lib/client/chat-requests";
import type { answer } from "@/lib/server/realtime/acknowledge";
import type { WireMessage } from "@/lib/shared/chat-types";
import type {
  AckAnswer,
  ClientRequestName,
  RequestAnswer,
  RequestPayload,
} from "@/lib/shared/realtime-events";
import { clientRequestNames } from "@/lib/shared/realtime-events";

type Ask = typeof ask;
type Answer = typeof answer;
declare const message: WireMessage;
const roomId = "4f1c1a0e-8f6b-4b7a-9a51-2f4d4c8a9e10";
const clientId = "0b7d3c52-6d0e-4f4e-8f5c-1c2b3a4d5e6f";

describe("the socket contract", () => {
  it("infers payloads from the zod schemas", () => {
    expectTypeOf<RequestPayload<"message:send">>().toHaveProperty("clientId").toEqualTypeOf<string>();
    expectTypeOf<RequestPayload<"report:create">["reason"]>().toEqualTypeOf<
      "harassment" | "hate" | "self_harm_risk" | "spam" | "private_information" | "other"
    >();
    expectTypeOf<RequestAnswer<"message:send">>().toEqualTypeOf<{ message: WireMessage; care?: true }>();
  });

  it("lets the client send only what the contract says", () => {
    expectTypeOf<Ask>().toBeCallableWith("message:send", { roomId, clientId, body: "hello" });
    expectTypeOf<Ask>().toBeCallableWith("room:join", { roomId, acceptGuidelines: true });
    const wrong = (send: Ask) => {
      // @ts-expect-error: no such event
      void send("message:sned", { roomId });
      // @ts-expect-error: a send needs a clientId
      void send("message:send", { roomId, body: "hello" });
      // @ts-expect-error: only supportive reactions exist
      void send("message:react", { messageId: "1", kind: "angry" });
      // @ts-expect-error: a report reason is one of the listed ones
      void send("report:create", { messageId: "1", reason: "because" });
    };
    void wrong;
  });

  it("types the answer by the event", () => {
    expectTypeOf<Awaited<ReturnType<typeof ask<"history">>>>().toEqualTypeOf<
      AckAnswer<{ messages: WireMessage[] }>
    >();
  });

  it("lets the server answer only what the contract says", () => {
    const wrong = (register: Answer, socket: Parameters<Answer>[0]) => {
      register(socket, "message:edit", async () => ({ message }));
      // @ts-expect-error: an edit answers with the message, not a list
      register(socket, "message:edit", async () => ({ messages: [message] }));
      // @ts-expect-error: no such event
      register(socket, "message:sned", async () => ({}));
    };
    void wrong;
  });

  it("lists every request name for the server's unknown-event check", () => {
    expectTypeOf(clientRequestNames).items.toEqualTypeOf<ClientRequestName>();
  });
});
