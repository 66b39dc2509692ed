import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

// The API's own OpenAPI document, read into a page by our components: no viewer from a CDN.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { enum?: unknown[]; type?: unknown };
}
interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string }>;
}
export interface ApiDocument {
  info: { title: string; description?: string };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
}

const METHOD_VARIANT: Record<string, "success" | "neutral"> = { get: "neutral" };

function ParameterList({ parameters }: { parameters: Parameter[] }) {
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
      {parameters.map((parameter) => (
        <div key={`${parameter.in}-${parameter.name}`} className="contents">
          <dt className="font-mono">
            {parameter.name}
            {parameter.required ? <span className="text-muted-foreground"> (required)</span> : null}
          </dt>
          <dd className="text-muted-foreground">
            {parameter.description}
            {parameter.schema?.enum ? <> One of: {parameter.schema.enum.map(String).join(", ")}.</> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Each path and method with its summary, parameters and answers. */
export function ApiReference({ document }: { document: ApiDocument }) {
  const base = document.servers?.[0]?.url ?? "";
  return (
    <div className="grid gap-4">
      {Object.entries(document.paths).map(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => {
          const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
          return (
            <Card key={id} aria-labelledby={id}>
              <CardHeader>
                <CardTitle id={id} className="flex flex-wrap items-center gap-2 font-mono text-sm">
                  <Badge variant={METHOD_VARIANT[method] ?? "success"}>{method.toUpperCase()}</Badge>
                  {base}
                  {path}
                </CardTitle>
                <CardDescription>
                  {operation.summary}
                  {operation.description ? ` — ${operation.description}` : ""}
                </CardDescription>
              </CardHeader>
              <CardContent className="grid gap-3">
                {operation.parameters?.length ? <ParameterList parameters={operation.parameters} /> : null}
                {operation.requestBody ? (
                  <p className="text-sm">Body: {Object.keys(operation.requestBody.content ?? { "application/json": null }).join(", ")}, as described in the OpenAPI document.</p>
                ) : null}
                <p className="text-sm text-muted-foreground">
                  Answers:{" "}
                  {Object.entries(operation.responses ?? {})
                    .map(([status, response]) => `${status} ${response.description ?? ""}`.trim())
                    .join(" · ")}
                </p>
              </CardContent>
            </Card>
          );
        }),
      )}
    </div>
  );
}
