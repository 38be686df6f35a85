import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { useAuth } from "../session/auth-context";
import { sessionStore } from "../session/session-store";

/**
 * Sends a signed-out visitor to the login page, remembering where they wanted to go, unless they
 * have just signed out themselves (the next person to sign in starts at the home page).
 */
export function RequireAuth({ children }: { readonly children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) {
    const state = sessionStore.endReason() === "signedOut" ? null : { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}
