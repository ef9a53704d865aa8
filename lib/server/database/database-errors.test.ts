import { describe, expect, it } from "vitest";
import { isDatabaseOutage, isStatementTimeout, queueRefusal } from "@/lib/server/database/database-errors";
import { AppError } from "@/lib/shared/errors";

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe("isDatabaseOutage", () => {
  it.each([
    ["a refused connection", socketError("ECONNREFUSED")],
    ["a pool that gave no connection in time", new Error("timeout exceeded when trying to connect")],
    ["a query with no answer", new Error("Query read timeout")],
    [
      "a server shutting down",
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
    ],
    [
      "a statement timeout",
      Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }),
    ],
    [
      "Prisma's transaction wait",
      Object.assign(new Error("Unable to start a transaction in the given time."), { code: "P2028" }),
    ],
    ["a wrapped cause", new Error("query failed", { cause: { kind: "DatabaseNotReachable" } })],
    ["a connection exception class", Object.assign(new Error("connection failure"), { code: "08006" })],
    // Seen in the long fault run: the Prisma client's words when PostgreSQL stops mid-query.
    [
      "a closed connection, as the Prisma client says it",
      Object.assign(
        new Error(
          "Invalid `prisma.$queryRaw()` invocation: Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`",
        ),
        { name: "PrismaClientKnownRequestError", code: "N/A" },
      ),
    ],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["a programming error", new TypeError("cannot read properties of undefined")],
    ["an app error", new AppError("not_found", "No such room.")],
    ["nothing", undefined],
  ])("leaves %s alone", (_, error) => {
    expect(isDatabaseOutage(error)).toBe(false);
  });

  it("gives queue refusals a time to retry", () => {
    expect(queueRefusal("full").toBody()).toMatchObject({ code: "unavailable", retryAfterSeconds: 2 });
    expect(queueRefusal("stale").toBody()).toMatchObject({ code: "unavailable", retryAfterSeconds: 5 });
  });
});

describe("isStatementTimeout (counted in /metrics)", () => {
  it("is a statement PostgreSQL cancelled, or one the client stopped waiting for, however wrapped", () => {
    const cancelled = Object.assign(new Error("canceling statement due to statement timeout"), {
      code: "57014",
    });
    expect(isStatementTimeout(cancelled)).toBe(true);
    expect(isStatementTimeout(new Error("Query read timeout"))).toBe(true);
    expect(isStatementTimeout(new Error("query failed", { cause: { originalCode: "57014" } }))).toBe(true);
  });

  it("is not any other outage", () => {
    expect(isStatementTimeout(socketError("ECONNREFUSED"))).toBe(false);
    expect(isStatementTimeout(new Error("timeout exceeded when trying to connect"))).toBe(false);
  });
});
