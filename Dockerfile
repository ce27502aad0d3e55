# The GraphQL service alone; docker-compose.yml pairs it with neo4j:5.26-community.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
# npm install, not npm ci: see .ci/run (the lock lacks other platforms' optional bindings).
RUN npm install --no-audit --no-fund
COPY src ./src
# The seed's JSON schema is compiled in (validation of seed files and API writes).
COPY seed ./seed
# The explorer (web/) is bundled by Vite into dist/web, served at /.
COPY web ./web
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
COPY schema ./schema
COPY public ./public
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
