import { describe, expect, it } from "vitest";
import { loggableError } from "@/lib/server/loggable-error";

describe("what of an error is logged", () => {
  it("keeps its type, code, first line and frames, for its causes too", () => {
    const cause = Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" });
    const logged = loggableError(new TypeError("it broke", { cause }));
    expect(logged).toMatchObject({
      type: "TypeError",
      message: "it broke",
      stack: expect.stringMatching(/^TypeError: it broke\n\s+at /),
      cause: { type: "Error", message: "connection refused", code: "ECONNREFUSED" },
    });
  });

  it("drops what a library quoted after the first line, and the fields it hung on the error", () => {
    const words = "the words a member wrote";
    const error = Object.assign(
      new Error(`Invalid \`prisma.message.create()\` invocation:\n\n{\n  data: { body: "${words}" }\n}`),
      {
        name: "PrismaClientValidationError",
        detail: `Key (body)=(${words}) already exists.`,
        meta: { words },
      },
    );
    const logged = JSON.stringify(loggableError(error));
    expect(logged).not.toContain(words);
    expect(logged).toContain("Invalid `prisma.message.create()` invocation:");
  });

  it("says nothing of a thrown value that is not an Error", () => {
    expect(loggableError("a secret string")).toEqual({ type: "string", message: "(not an Error)" });
    expect(loggableError(undefined)).toBeUndefined();
  });
});
