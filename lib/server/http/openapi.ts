import { z } from "zod";
import { ZApiError, ZAsOfQuery, ZGapRow, ZPositionsPage, ZPositionsQuery, ZTrend } from "@/lib/schemas/api";
import { ZImportPushQuery, ZImportPushRefusal, ZImportPushResult } from "@/lib/schemas/import-push";
import { IMPORT_KINDS } from "@/lib/csv/rows";
import { ZScenarioRequest, ZScenarioResult } from "@/lib/schemas/scenarios";
import { ZCompareQuery, ZNewSnapshot } from "@/lib/schemas/snapshots";
import { ZSuggestionList, ZSuggestionsQuery } from "@/lib/schemas/suggestions";
import { ZNewNomination, ZNomination, ZNominationList, ZNominationPatch, ZNominationsQuery } from "@/lib/schemas/nominations";

// The OpenAPI document, generated from the same zod schemas the routes use
// to parse their input: the contract cannot drift from the code.
type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function queryParameters(schema: z.ZodObject): object[] {
  const json = schemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

const errors = {
  "400": { description: "bad input", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "401": { description: "no session and no valid bearer token", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};

const json = (ref: string, description: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });

const ZAggregateReport = z.object({ asOf: z.string(), rows: z.array(z.record(z.string(), z.unknown())) });

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Baton API",
      version: "1",
      description:
        "Succession-planning data. Authenticate with the session cookie or `Authorization: Bearer <token>` (`npm run baton -- token create`). Every response is scoped to the caller's role.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: schemaOf(ZApiError),
        GapRow: schemaOf(ZGapRow),
        PositionsPage: schemaOf(ZPositionsPage),
        AggregateReport: schemaOf(ZAggregateReport),
        Trend: schemaOf(ZTrend),
        NewNomination: schemaOf(ZNewNomination, "input"),
        NominationPatch: schemaOf(ZNominationPatch, "input"),
        Nomination: schemaOf(ZNomination),
        NominationList: schemaOf(ZNominationList),
        ImportResult: schemaOf(ZImportPushResult),
        ImportRefusal: schemaOf(ZImportPushRefusal),
        ScenarioRequest: schemaOf(ZScenarioRequest, "input"),
        ScenarioResult: schemaOf(ZScenarioResult),
        NewSnapshot: schemaOf(ZNewSnapshot, "input"),
        SuggestionList: schemaOf(ZSuggestionList),
      },
    },
    security: [{ bearer: [] }],
    paths: {
      "/positions": {
        get: {
          summary: "The gap report: every position you may see, filtered, sorted and paged",
          parameters: queryParameters(ZPositionsQuery),
          responses: { "200": json("PositionsPage", "a page of gap-report rows"), ...errors },
        },
      },
      "/people/{employeeId}": {
        get: {
          summary: "A person, with the fields your role may read",
          parameters: [{ name: "employeeId", in: "path", required: true, schema: { type: "string" } }, ...queryParameters(ZAsOfQuery)],
          responses: {
            "200": { description: "the person" },
            ...errors,
            "404": json("Error", "no such person, or outside your scope"),
          },
        },
      },
      "/heatmap": {
        get: {
          summary: "Org unit × level risk heatmap",
          parameters: queryParameters(ZAsOfQuery),
          responses: { "200": json("AggregateReport", "heatmap rows"), ...errors },
        },
      },
      "/pipeline": {
        get: {
          summary: "Pipeline by transition, per org unit and overall",
          parameters: queryParameters(ZAsOfQuery),
          responses: { "200": json("AggregateReport", "pipeline rows"), ...errors },
        },
      },
      "/trend": {
        get: {
          summary: "Bench strength, effective bench strength and each flag's count, month by month for 24 months, from history",
          parameters: queryParameters(ZAsOfQuery),
          responses: { "200": json("Trend", "the points, oldest first"), ...errors },
        },
      },
      "/nominations": {
        get: {
          summary: "Slate entries you may read (pending ones: their nominator and HR only; never your own candidacy unless HR)",
          parameters: queryParameters(ZNominationsQuery),
          responses: { "200": json("NominationList", "nominations"), ...errors },
        },
        post: {
          summary: "Nominate a successor for a seat in your scope; the same candidate again re-opens their entry",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/NewNomination" } } } },
          responses: {
            "201": json("Nomination", "the proposed nomination"),
            ...errors,
            "403": json("Error", "your role may not nominate"),
            "404": json("Error", "no such position in your scope"),
            "409": json("Error", "the entry changed concurrently, or the candidate already took the seat"),
          },
        },
      },
      "/positions/{id}/suggestions": {
        get: {
          summary: "Who could succeed to this seat, each with a fit score and its named parts (docs/suggestions.md); HR and managers, scoped like the slate",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, ...queryParameters(ZSuggestionsQuery)],
          responses: {
            "200": json("SuggestionList", "the best fits first"),
            ...errors,
            "404": json("Error", "no such seat in what you may see, or an executive (who does not nominate)"),
          },
        },
      },
      "/scenarios/simulate": {
        post: {
          summary: "What if these people leave? The cascade of moves, the seats left unfilled, and the gap report before and after (HR and executives; writes nothing)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/ScenarioRequest" } } } },
          responses: {
            "200": json("ScenarioResult", "the scenario played out"),
            ...errors,
            "404": json("Error", "managers: scenarios cover the whole organization"),
          },
        },
      },
      "/snapshots": {
        get: {
          summary: "The plan snapshots: name, the day frozen, who took it",
          responses: { "200": { description: "{ rows: [{ id, name, takenAt, asOf, takenBy, positionCount }] }" }, ...errors },
        },
        post: {
          summary: "Freeze today's plan: every slate and gap-report row, kept unchanged (HR and admin)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/NewSnapshot" } } } },
          responses: { "201": { description: "{ id, name, takenAt, asOf, takenBy, positionCount }" }, ...errors, "403": json("Error", "only HR takes plan snapshots") },
        },
      },
      "/snapshots/{id}": {
        delete: {
          summary: "Delete a plan snapshot (admin; audited)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          responses: { "204": { description: "deleted" }, ...errors, "403": json("Error", "only an admin deletes plan snapshots"), "404": json("Error", "no such snapshot") },
        },
      },
      "/snapshots/{id}/positions": {
        get: {
          summary: "A snapshot's gap report, in your scope: the same rows, filters and paging as /positions",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }, ...queryParameters(ZPositionsQuery).filter((p) => (p as { name: string }).name !== "asOf")],
          responses: { "200": json("PositionsPage", "a page of the snapshot's rows"), ...errors, "404": json("Error", "no such snapshot") },
        },
      },
      "/snapshots/compare": {
        get: {
          summary: "What changed between two snapshots, or a snapshot and now, in your scope: ready-now successors gained and lost, bench, flags, people entering and leaving slates",
          parameters: queryParameters(ZCompareQuery),
          responses: { "200": { description: "{ from, to, comparison, names }" }, ...errors, "404": json("Error", "no such snapshot") },
        },
      },
      "/nominations/{id}": {
        patch: {
          summary: "Approve or decline (HR), or withdraw (the nominator), at the version you read",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/NominationPatch" } } } },
          responses: {
            "200": json("Nomination", "the nomination after the change"),
            ...errors,
            "403": json("Error", "your role may not do this, or you proposed it yourself"),
            "404": json("Error", "no such nomination in what you may see"),
            "409": json("Error", "already decided, or a stale version"),
          },
        },
      },
      "/imports/{kind}": {
        post: {
          summary: "Import a CSV file, as the upload page does: all of it or nothing; the same file again changes nothing (HR and admin)",
          parameters: [
            { name: "kind", in: "path", required: true, schema: { type: "string", enum: [...IMPORT_KINDS] } },
            ...queryParameters(ZImportPushQuery),
          ],
          requestBody: {
            required: true,
            description: "the file itself (curl --data-binary @people.csv): CSV in UTF-8, comma or semicolon, or an Excel workbook; at most 50 MB",
            content: {
              "text/csv": { schema: { type: "string" } },
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
            },
          },
          responses: {
            "200": json("ImportResult", "validated, and applied unless a dry run"),
            ...errors,
            "403": json("Error", "your role may not import, or a cross-origin request with the session cookie"),
            "404": json("Error", "no such kind of import"),
            "413": json("Error", "the file is over 50 MB"),
            "415": json("Error", "the body is not a file (a form, JSON)"),
            "422": json("ImportRefusal", "the file was refused and nothing was written: every row error"),
          },
        },
      },
    },
  };
}
