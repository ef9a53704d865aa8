// Where the compiled server and admin command are (built by scripts/server-bundle.ts); `npm start`
// runs `server`, `npm run admin:grant` runs `adminGrant`.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export const compiledServer = {
  server: path.join(root, "dist", "server.js"),
  adminGrant: path.join(root, "dist", "admin-grant.js"),
};
