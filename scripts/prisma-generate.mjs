// Generates the Prisma client without network access.
// Prisma 7's CLI first tries to download its native schema engine even though `generate`
// runs on bundled WASM; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips
// that download (see shared STACK.md). Migrations do not use the CLI: see lib/server/db/migrate.ts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
if (!existsSync(`${root}/prisma/schema.prisma`)) process.exit(0);

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
