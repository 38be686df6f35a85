import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";

/**
 * POST/GET /graphql for Express, after `express.json` has parsed (and size-limited) the body: the request goes to
 * Apollo's HTTP handler and the answer is written with `res.end`. What the stock integration (`expressMiddleware`) does,
 * except its `res.send`, which hashes every answer for an ETag that a POST never uses (Express only answers 304 to
 * GET and HEAD, and a GraphQL answer depends on the caller's token anyway).
 */
export function graphqlHandler<C extends BaseContext>(server: ApolloServer<C>, context: (args: { req: Request; res: Response }) => Promise<C>): RequestHandler {
  server.assertStarted("graphqlHandler()");
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const key in req.headers) {
        const value = req.headers[key];
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const q = req.url.indexOf("?");
      const answer = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: q < 0 ? "" : req.url.slice(q), body: req.body as unknown },
        context: () => context({ req, res }),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === "complete") {
        res.setHeader("Content-Length", Buffer.byteLength(answer.body.string));
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) {
        res.write(chunk);
        (res as Response & { flush?: () => void }).flush?.();
      }
      res.end();
    } catch (e) {
      next(e);
    }
  };
}
