import { openApiDocument } from "@/lib/server/http/openapi";

// Public, like any API description: it holds no data.
export function GET() {
  return Response.json(openApiDocument());
}
