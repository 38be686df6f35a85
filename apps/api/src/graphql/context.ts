import type { Request } from "express";
import type { DataSource } from "typeorm";
import type { AuthUser, Scope } from "../kit/caller";
import { authenticateToken, type AuthOutcome } from "../modules/auth/authenticate-token";
import { resolveScope } from "../modules/auth/resolve-scope";
import type { TokenService } from "../modules/auth/token";
import type { Services } from "../services";
import { createLoaders, type Loaders } from "./loaders";

/** Built once per request. Loaders are per request, so batching never leaks data between callers. */
export interface Context {
  /**
   * The authenticated caller, known once `authenticate()` has settled (the auth checker awaits it before any
   * @Authorized resolver runs); null before that and for anonymous requests.
   */
  readonly user: AuthUser | null;
  /** Checks the bearer token against the user's current state, at most once per request (one lookup by id). */
  authenticate(): Promise<AuthOutcome | null>;
  /** The client's address (behind a trusted proxy: from X-Forwarded-For), for rate limits. */
  readonly clientIp: string;
  readonly loaders: Loaders;
  readonly services: Services;
  /** What the caller may see; computed at most once per request. */
  scope(): Promise<Scope>;
}

interface RequestState {
  user: AuthUser | null;
  outcome: Promise<AuthOutcome | null> | null;
  scope: Promise<Scope> | null;
  loaders: Loaders | null;
}

/**
 * The context of one request. Nothing here touches the database until a resolver needs the caller, so a query
 * refused by the cost, depth or input limits runs no SQL at all. A class with its state in one shared object:
 * Apollo copies the context's own properties per operation, which would freeze a plain getter's value.
 */
class RequestContext implements Context {
  private readonly state: RequestState = { user: null, outcome: null, scope: null, loaders: null };

  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
    private readonly authorization: string,
    readonly clientIp: string,
    readonly services: Services,
  ) {}

  get user(): AuthUser | null {
    return this.state.user;
  }

  /** Built on first use: a request that resolves no batched field (most mutations, `{ __typename }`) builds none. */
  get loaders(): Loaders {
    this.state.loaders ??= createLoaders(this.ds);
    return this.state.loaders;
  }

  // Arrow properties, so they work unbound (`{ scope: context.scope }`).
  readonly authenticate = (): Promise<AuthOutcome | null> => {
    this.state.outcome ??= this.check();
    return this.state.outcome;
  };

  readonly scope = (): Promise<Scope> => {
    const user = this.state.user;
    if (!user) throw new Error("scope() needs an authenticated user");
    this.state.scope ??= resolveScope(this.ds, user);
    return this.state.scope;
  };

  private async check(): Promise<AuthOutcome | null> {
    if (!this.authorization) return null;
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(this.authorization)?.[1];
    if (!bearer) return { failure: { domainCode: "UNAUTHENTICATED", message: "The Authorization header must be `Bearer <token>`" } };
    const result = await authenticateToken({ ds: this.ds, tokens: this.tokens, token: bearer });
    if ("user" in result) this.state.user = result.user;
    return result;
  }
}

export function createContext({ req, ds, tokens, services }: { req: Request; ds: DataSource; tokens: TokenService; services: Services }): Context {
  return new RequestContext(ds, tokens, req.headers.authorization ?? "", req.ip ?? req.socket.remoteAddress ?? "unknown", services);
}
