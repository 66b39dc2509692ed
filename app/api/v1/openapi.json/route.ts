import { openApiDocument } from "@/lib/api/openapi/document";

/** The API's OpenAPI 3.1 document: public, as any API's description is; it holds no data. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
