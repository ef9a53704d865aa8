// Hearth's HTTP surface read from app/: every route handler with the methods it exports, and
// every page. Tests that must cover "every route" take their list from here, so a new route
// cannot be left out.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface RouteFile {
  /** The route as written in app/, e.g. "/api/blocks/[userId]". */
  path: string;
  kind: "handler" | "page";
  methods: HttpMethod[];
}

const appDirectory = path.resolve(import.meta.dirname, "..", "..", "app");

export function discoverRoutes(): RouteFile[] {
  const found: RouteFile[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const relative = path.relative(appDirectory, directory).split(path.sep).join("/");
      // Route groups "(name)" do not appear in the URL.
      const routePath =
        "/" +
        relative
          .split("/")
          .filter((segment) => !/^\(.*\)$/.test(segment))
          .join("/");
      if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const methods = httpMethods.filter(
          (method) =>
            new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source) ||
            new RegExp(`export\\s*\\{[^}]*\\bas\\s+${method}\\b`).test(source),
        );
        found.push({ path: routePath.replace(/\/$/, "") || "/", kind: "handler", methods });
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        found.push({ path: routePath.replace(/\/$/, "") || "/", kind: "page", methods: ["GET"] });
      }
    }
  };
  walk(appDirectory);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** "METHOD /path" for every state-changing handler. */
export function writeRouteKeys(): string[] {
  return discoverRoutes()
    .filter((route) => route.kind === "handler")
    .flatMap((route) =>
      route.methods
        .filter((method) => ["POST", "PUT", "PATCH", "DELETE"].includes(method))
        .map((method) => `${method} ${route.path}`),
    )
    .sort();
}
