import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { createContext, type Context } from "./graphql/context";
import { formatError } from "./graphql/format-error";
import { graphqlHandler } from "./graphql/http-handler";
import { inputGuardPlugin } from "./graphql/input-guard";
import { complexityPlugin, limitRules } from "./graphql/limits";
import { createSchema } from "./graphql/schema";
import { createLoginLimiter } from "./modules/auth/login-limiter";
import { createTokenService } from "./modules/auth/token";
import { createServices } from "./services";
import compression from "compression";
import { adminApp } from "./http/admin-app";
import { errorHandler } from "./http/error-handler";
import { securityHeaders } from "./http/security-headers";
import { attendanceRoutes } from "./modules/delivery/attendance.routes";
import { surveyRoutes } from "./modules/survey/survey.routes";
import { evaluationRoutes } from "./modules/evaluation/evaluation.routes";

export interface ServerOptions {
  readonly config: Config;
  readonly dataSource: DataSource;
  readonly tokenSecret: string;
}

export interface BinaServer {
  readonly httpServer: http.Server;
  /** Starts listening; resolves with the port. */
  listen(port?: number): Promise<number>;
  /** Stops accepting, finishes in-flight requests, stops Apollo. The caller closes the database. */
  stop(): Promise<void>;
}

/** Builds the whole HTTP server in-process (tests use this directly). */
export async function createServer({ config, dataSource, tokenSecret }: ServerOptions): Promise<BinaServer> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.use(securityHeaders());
  // API answers and static files alike; Vite's hashed bundles shrink to about a third.
  app.use(compression());
  const httpServer = http.createServer(app);
  const schema = await createSchema();
  const tokens = createTokenService(tokenSecret, config.tokenTtlSeconds);
  const limiter = createLoginLimiter(dataSource, {
    perUsername: config.loginFailuresPerUsername,
    perClient: config.loginFailuresPerClient,
    windowSeconds: config.loginWindowSeconds,
  });
  const services = createServices(dataSource, { tokens, limiter }, config.maxPageSize, config.employeeCountCap, {
    tokenSecret,
    publicBaseUrl: config.publicBaseUrl ?? `http://localhost:${config.port}`,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (server, then database); Apollo must not handle the signals itself.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.maxQueryTokens },
    // Compact JSON: Apollo's default pretty-prints every answer (two-space indent), about a third more bytes and
    // stringify time on a page of 50 rows for no client's benefit.
    stringifyResult: (value) => JSON.stringify(value),
    validationRules: limitRules({ maxDepth: config.maxQueryDepth, maxAliases: config.maxQueryAliases, maxComplexity: config.maxQueryComplexity }),
    // Cache control (on by default) wraps every field resolver to compute cache hints no response uses.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityPlugin(schema, config.maxQueryComplexity),
      inputGuardPlugin(schema),
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: config.bodyLimit }),
    graphqlHandler(apollo, async ({ req }): Promise<Context> => createContext({ req, ds: dataSource, tokens, services })),
  );

  // Public certificate verification, QR check-in and certificate PDFs (before the admin app's catch-all).
  app.use(attendanceRoutes({ ds: dataSource, tokens, services }));
  // The public satisfaction survey (/survey/<code>, its thank-you page and QR poster), before the admin app's catch-all.
  app.use(surveyRoutes({ ds: dataSource, options: { publicBaseUrl: services.attendance.publicBaseUrl, tokenSecret } }));
  // Personal evaluation links (/evaluate/<token>), before the admin app's catch-all.
  app.use(evaluationRoutes({ services }));

  if (config.adminDist && fs.existsSync(path.join(config.adminDist, "index.html"))) {
    app.use(adminApp(config.adminDist));
  } else {
    app.get("/", (_req, res) => {
      res.type("text").send("Bina API: POST /graphql. The admin app is not built (run `pnpm start` at the repository root).");
    });
  }

  app.use(errorHandler);

  return {
    httpServer,
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
