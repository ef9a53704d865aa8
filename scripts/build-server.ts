// `npm run build:server` (the last step of `npm run build`): compiles server.ts and the admin
// command into dist/ (see scripts/server-bundle.ts).
import path from "node:path";
import { compiledServer } from "@/scripts/compiled-server";
import { buildServer } from "@/scripts/server-bundle";

const started = Date.now();
await buildServer();
const built = Object.values(compiledServer).map((file) => path.relative(process.cwd(), file));
console.log(`Compiled ${built.join(" and ")} in ${Date.now() - started} ms`);
