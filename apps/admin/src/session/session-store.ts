/**
 * The signed-in session (token + user), kept in localStorage so a reload stays signed in.
 * A tiny external store: the Apollo links read it without React, the UI subscribes with
 * `useSyncExternalStore` through the auth context.
 */
export type SessionRole = "ADMIN" | "UNIT_OPERATOR" | "ANALYST";

export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: SessionRole;
  readonly unit: { readonly id: string; readonly name: string } | null;
}

export interface Session {
  readonly token: string;
  /** ISO date-time after which the server no longer accepts the token. */
  readonly expiresAt: string;
  readonly user: SessionUser;
}

const STORAGE_KEY = "bina.session";

type Listener = () => void;
const listeners = new Set<Listener>();

const isSession = (value: unknown): value is Session => {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const user = v["user"] as Record<string, unknown> | undefined;
  return (
    typeof v["token"] === "string" &&
    typeof v["expiresAt"] === "string" &&
    typeof user === "object" &&
    user !== null &&
    typeof user["id"] === "string" &&
    typeof user["role"] === "string"
  );
};

const read = (): Session | null => {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isSession(parsed)) return null;
    if (Date.parse(parsed.expiresAt) <= Date.now()) return null;
    return parsed;
  } catch {
    return null;
  }
};

let current: Session | null = read();
/** Why the last session ended: the server refused the token, or the user signed out. */
export type EndReason = "expired" | "signedOut";
let endReason: EndReason | null = null;

const emit = (): void => listeners.forEach((l) => l());

export const sessionStore = {
  get: (): Session | null => current,
  token: (): string | null => current?.token ?? null,
  set(session: Session): void {
    current = session;
    endReason = null;
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    emit();
  },
  updateUser(user: SessionUser): void {
    if (!current) return;
    sessionStore.set({ ...current, user });
  },
  clear(reason: EndReason): void {
    if (current === null && window.localStorage.getItem(STORAGE_KEY) === null) return;
    current = null;
    endReason = reason;
    window.localStorage.removeItem(STORAGE_KEY);
    emit();
  },
  endReason: (): EndReason | null => endReason,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Another tab signing in or out changes this tab too.
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY) return;
    current = read();
    emit();
  });
}
