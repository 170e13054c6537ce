import { openApiDocument } from "@/lib/server/openapi";

// Public, like any API description: it holds no data.
export function GET() {
  return Response.json(openApiDocument());
}
