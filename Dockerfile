# syntax=docker/dockerfile:1
# One image for all four services and the gateway; docker-compose.yml picks the entry point per service:
#   node dist/apps/<identity|licensing|activation|notification|gateway>/src/main.js
#   node dist/scripts/migrate.js run
ARG NODE_IMAGE=node:20-bookworm-slim

# All dependencies, dev ones included: the build needs swc.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY .swcrc ./
COPY libs ./libs
COPY apps ./apps
COPY scripts ./scripts
RUN npm run build
# The portal's static build, served by the gateway (PORTAL_DIR=apps/portal/dist).
RUN npm run portal:build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Production dependencies are installed afresh rather than pruned from `deps`, so no dev package
# (or its native binaries) ends up in the image.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# package.json stays: its "imports" map resolves #common, #database and #messaging to dist/libs.
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/portal/dist ./apps/portal/dist
# Read at run time by the notification service (found by walking up from dist/apps/notification).
COPY apps/notification/templates ./apps/notification/templates
# The only place the app may write: notification's fallback outbox (MAIL_OUTBOX_DIR=.data/mail)
# when no SMTP_URL is set. Everything else stays root-owned and read-only for the app.
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3001 3002 3003 3004 8080
CMD ["node", "dist/apps/identity/src/main.js"]
