# syntax=docker/dockerfile:1
# Promenade's image: one image for every PROCESS_ROLE (all, api, worker) and for the migration step.
# No Docker engine exists on CI's machine, so this image is not built there: .ci/containers runs these very
# instructions as a script in a clean copy instead (docs/containers.md). It reads ARG, FROM, WORKDIR, ENV, COPY
# (with --from), RUN, USER, EXPOSE, HEALTHCHECK and CMD; keep to those, and to paths relative to WORKDIR in RUN.
ARG NODE_VERSION=20

# Build with the dev dependencies. The full image has a compiler, so a native addon (argon2) whose prebuilt
# binary does not load here can still build from source.
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
# The manifests first, so the install layer is reused until they change; `prepare` compiles libs/schematics,
# whose tsconfig extends the root one.
COPY package.json package-lock.json tsconfig.json ./
COPY libs/schematics/ libs/schematics/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The production dependencies alone. --ignore-scripts skips the root's `prepare` (it needs the dev
# dependencies); `npm rebuild` then runs the dependencies' own install scripts (argon2's native binding).
FROM node:${NODE_VERSION}-bookworm AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild

# What runs: the slim image, production dependencies and the compiled code, as the unprivileged `node` user,
# who can read the code but not change it (it is root's).
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json ./
COPY --from=production-dependencies /app/node_modules/ node_modules/
COPY --from=build /app/dist/ dist/
USER node
EXPOSE 3000
# Liveness, with node itself (the slim image has no curl): a database or Redis outage must not get every
# container replaced; readiness (/health/ready) is for the load balancer.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
