import { inputJsonSchema } from "@/lib/api/openapi/json-schema";
import {
  changesParameters,
  idParameter,
  meetingListParameters,
  registryListParameters,
  type Parameter,
  tagListParameters,
  versionParameter,
} from "@/lib/api/openapi/parameters";
import * as R from "@/lib/api/openapi/responses";
import { COMMON, jsonContent, ok, problem, ref } from "@/lib/api/openapi/operation";
import { jobPaths, jobSchemas } from "@/lib/api/openapi/job-paths";
import { meetingUpdateEnvelopeSchema } from "@/lib/api/meetings/write-body";
import { meetingRecordSchema } from "@/lib/meetings/write/record-schema";

function read(summary: string, parameters: Parameter[], response: unknown, extra: Record<string, unknown> = {}) {
  return { summary, parameters, responses: { "200": ok("OK", response), ...COMMON, ...extra } };
}

function registry(collection: string, what: string) {
  return {
    [`/${collection}`]: { get: read(`List ${collection}`, registryListParameters, R.pageOf(ref("RegistryRow"), { total: { type: "integer" }, capped: { type: "boolean" } })) },
    [`/${collection}/{id}`]: {
      get: read(`Get a ${what}`, [idParameter(what)], R.entitySchema, {
        "308": { description: `A merged ${what}: Location is the record it went into.` },
        "404": problem(`No such ${what}.`),
      }),
    },
  };
}

/**
 * The API's OpenAPI 3.1 document. Request bodies and parameters come from the zod schemas the
 * server validates with (meetingRecordSchema, the table's sort keys…), so the document cannot
 * drift from what is accepted.
 */
export function openApiDocument(serverUrl = "/api/v1") {
  const envelope = inputJsonSchema(meetingUpdateEnvelopeSchema) as { properties: Record<string, unknown> };
  envelope.properties.record = ref("MeetingRecord");
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version: "1",
      description:
        "Meetings, the registry, the changes feed, imports and batch ingest. Authenticate with a personal access token from your account page (`Authorization: Bearer parley_…`). Lists page by cursor: pass `nextCursor` back as `cursor`. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths: {
      "/meetings": {
        get: read("List meetings (the table's search, filters and sort)", meetingListParameters, R.pageOf(ref("MeetingListItem"), { total: { type: "integer" }, totalEstimated: { type: "boolean" } })),
        post: {
          summary: "Record a meeting",
          description: "Scope: write; role: analyst or admin.",
          requestBody: { required: true, content: jsonContent(ref("MeetingRecord")) },
          responses: { "201": ok("Recorded", R.savedSchema), "400": problem("The body is not JSON."), ...COMMON },
        },
      },
      "/meetings/{id}": {
        get: read("Get a meeting's whole record and version", [idParameter("meeting")], ref("Meeting"), { "404": problem("No such meeting.") }),
        put: {
          summary: "Replace a meeting's record",
          description: "Send the version you read; if someone saved since, 409 with the current record. Scope: write.",
          parameters: [idParameter("meeting")],
          requestBody: { required: true, content: jsonContent(envelope) },
          responses: { "200": ok("Saved", R.savedSchema), "404": problem("No such meeting."), "409": problem("Saved by someone else since `version`."), ...COMMON },
        },
        delete: {
          summary: "Move a meeting to the trash",
          description: "Scope: write.",
          parameters: [idParameter("meeting"), versionParameter],
          responses: { "200": ok("Deleted", R.savedSchema), "404": problem("No such meeting."), "409": problem("Saved by someone else since `version`."), ...COMMON },
        },
      },
      "/meetings/{id}/revisions": {
        get: read("A meeting's revisions, newest first", [idParameter("meeting")], { type: "object", properties: { data: { type: "array", items: ref("Revision") } } }, {
          "404": problem("No such meeting."),
        }),
      },
      ...registry("people", "person"),
      ...registry("organizations", "organisation"),
      ...registry("countries", "country"),
      ...registry("topics", "topic"),
      "/tags": { get: read("List tags", tagListParameters, R.pageOf({ type: "object", additionalProperties: true }, { total: { type: "integer" } })) },
      "/tags/{id}": {
        get: read("Get a tag", [idParameter("tag")], R.entitySchema, { "308": { description: "A merged tag: Location is the tag it went into." }, "404": problem("No such tag.") }),
      },
      "/changes": {
        get: read("Every change in commit order after a cursor", changesParameters, {
          type: "object",
          required: ["data", "nextCursor"],
          properties: { data: { type: "array", items: ref("Change") }, nextCursor: { type: "string", description: "Pass as `after` next time; unchanged when nothing came." } },
        }),
      },
      ...jobPaths(),
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A personal access token (scopes: read; read and write)." } },
      schemas: {
        MeetingRecord: inputJsonSchema(meetingRecordSchema),
        Meeting: R.meetingSchema,
        MeetingListItem: R.meetingListItemSchema,
        RegistryRow: R.registryRowSchema,
        Revision: R.revisionSchema,
        Change: R.changeSchema,
        Problem: R.problemSchema,
        ...jobSchemas,
      },
    },
  };
}
