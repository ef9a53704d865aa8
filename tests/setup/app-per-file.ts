import { afterAll, beforeAll } from "vitest";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

/** The test file's own database and its own Hearth process running on it. */
export function appPerFile(env: Record<string, string> = {}) {
  const database = databasePerFile();
  let app: AppProcess | undefined;
  beforeAll(async () => {
    app = await startAppProcess({ databaseUrl: database.url, env });
  });
  afterAll(async () => {
    await app?.stop();
  });
  return {
    database,
    get app(): AppProcess {
      if (!app) throw new Error("the app runs only inside tests");
      return app;
    },
  };
}
