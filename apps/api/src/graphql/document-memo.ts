import type { DocumentNode } from "graphql";

/** Longest variables JSON worth remembering a result for (an import's base64 file is never a key). */
const MAX_KEY_LENGTH = 1024;
/** Results kept per document; the oldest goes first. */
const PER_DOCUMENT = 16;

/**
 * Remembers a pure function of (document, operation name, variables) per parsed document. Apollo keeps parsed and
 * validated documents in its document store, so the same query text arrives as the same DocumentNode object and the
 * per-request walks (cost, input guard) run once per distinct request instead of once per request. Documents are
 * weak keys: an entry goes when Apollo's store drops the document.
 */
export function documentMemo<T>(): {
  get(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): { key: string | null; hit: T | undefined };
  set(document: DocumentNode, key: string | null, value: T): void;
} {
  const byDocument = new WeakMap<DocumentNode, Map<string, T>>();
  return {
    get(document, operationName, variables) {
      const json = variables && Object.keys(variables).length ? JSON.stringify(variables) : "";
      if (json.length > MAX_KEY_LENGTH) return { key: null, hit: undefined };
      const key = `${operationName ?? ""}\u0000${json}`;
      return { key, hit: byDocument.get(document)?.get(key) };
    },
    set(document, key, value) {
      if (key === null) return;
      let entries = byDocument.get(document);
      if (!entries) byDocument.set(document, (entries = new Map()));
      if (entries.size >= PER_DOCUMENT) entries.delete(entries.keys().next().value!);
      entries.set(key, value);
    },
  };
}
