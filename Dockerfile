# Hearth in a container: one Node.js process serving Next.js and Socket.IO (docs/decisions/0030).
# Three stages: deps (every dependency, for the build) → build (Next.js and the compiled server)
# → runtime (production dependencies, the build's output, a non-root user, tini). Needs a
# PostgreSQL (DATABASE_URL) and NEXTAUTH_SECRET; see README "Running in production".
# `npm run image:rehearse` repeats the runtime stage without Docker.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# postinstall generates the Prisma client, which needs the schema and the generator script.
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# next build, then esbuild: server.ts → dist/server.js, scripts/admin-grant.ts → dist/admin-grant.js.
RUN npm run build && rm -rf .next/cache

FROM node:24-bookworm-slim AS runtime
# tini as PID 1: it hands SIGTERM to Node (so the drain of decision 0015 runs) and reaps zombies.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
COPY scripts/trim-runtime-modules.mjs scripts/
# Production dependencies only. --ignore-scripts: the only install script left is the project's
# postinstall (Prisma generate, done in the build stage). The trim takes out what `--omit=dev`
# keeps but the image never runs: the Prisma CLI and typescript (optional peers of
# @prisma/client), the Node.js binary pinned for older machines, the embedded PostgreSQL.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && node scripts/trim-runtime-modules.mjs \
  && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/next.config.js ./
# Migrations are applied at every start (docs/decisions/0002).
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/scripts/health-check.mjs ./scripts/health-check.mjs
# The code stays root's and read-only to Hearth; it writes only Next.js's cache and DATA_DIR
# (generated web-push keys when VAPID_* are not set: set them, or mount a volume here).
RUN mkdir -p .next/cache .data && chown node:node .next/cache .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "scripts/health-check.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/server.js"]
