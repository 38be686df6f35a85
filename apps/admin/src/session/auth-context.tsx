import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { useApolloClient } from "@apollo/client/react";
import { sessionStore, type Session, type SessionUser } from "./session-store";

interface AuthValue {
  readonly session: Session | null;
  readonly user: SessionUser | null;
  readonly signIn: (session: Session) => void;
  readonly signOut: () => void;
  /** Analysts read; administrators and unit operators also change data. */
  readonly canEdit: boolean;
  /** Administrators also run the city-wide work: the dictionary, decisions on proposals, the plan. */
  readonly isAdmin: boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

/** The signed-in user, kept in localStorage (see session-store.ts); must sit inside the ApolloProvider. */
export function AuthProvider({ children }: { readonly children: ReactNode }) {
  const client = useApolloClient();
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);

  const signIn = useCallback((next: Session) => sessionStore.set(next), []);
  const signOut = useCallback(() => {
    sessionStore.clear("signedOut");
    // Nothing the previous user could see stays in memory.
    void client.clearStore();
  }, [client]);

  const value = useMemo<AuthValue>(
    () => ({
      session,
      user: session?.user ?? null,
      signIn,
      signOut,
      canEdit: session !== null && session.user.role !== "ANALYST",
      isAdmin: session !== null && session.user.role === "ADMIN",
    }),
    [session, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export const useAuth = (): AuthValue => {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth() needs an <AuthProvider> above it");
  return value;
};
