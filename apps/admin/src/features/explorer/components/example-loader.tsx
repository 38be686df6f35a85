import { useEffect } from "react";
import { useGraphiQL } from "@graphiql/react";

export interface ExampleRequest {
  readonly query: string;
  readonly variables: string;
}

/**
 * Loads a picked example (a new request object each time, so picking the same example twice loads it again) into GraphiQL's editors. Renders nothing; it must sit inside GraphiQL
 * (its toolbar) to reach the editors.
 */
export function ExampleLoader({ request }: { readonly request: ExampleRequest | null }) {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  useEffect(() => {
    if (!request || !queryEditor) return;
    queryEditor.setValue(request.query);
    variableEditor?.setValue(request.variables);
  }, [request, queryEditor, variableEditor]);
  return null;
}
