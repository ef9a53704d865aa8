import { afterAll, beforeAll } from "vitest";
import { startAppProcess, type AppProcess, type StaffSecondFactor } from "@/tests/setup/app-process";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

/**
 * The test file's own database and its own Hearth process running on it. Staff powers wait for a
 * second step unless the file says `staffSecondFactor: "off"` (its staff act without one).
 */
export function appPerFile(
  env: Record<string, string> = {},
  options: { staffSecondFactor?: StaffSecondFactor } = {},
) {
  const database = databasePerFile();
  let app: AppProcess | undefined;
  beforeAll(async () => {
    app = await startAppProcess({
      databaseUrl: database.url,
      env,
      staffSecondFactor: options.staffSecondFactor,
    });
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
