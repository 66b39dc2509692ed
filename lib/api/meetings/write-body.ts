import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * An update's body: the record (validated by the write path with meetingRecordSchema, as the
 * form's) and the version it was read at. Only the envelope is checked here.
 */
export const meetingUpdateEnvelopeSchema = z.object({
  version: z.int().min(1),
  record: z.record(z.string(), z.unknown()),
});

export const meetingVersionQuerySchema = z.coerce.number().int().min(1);

export function readUpdateEnvelope(body: unknown): z.infer<typeof meetingUpdateEnvelopeSchema> {
  const parsed = meetingUpdateEnvelopeSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_body"] ??= []).push(issue.message);
  throw new AppError("validation", "Send { version, record }: the version the record was read at.", { fieldErrors: errors });
}

export function readVersionParam(value: string | null): number {
  const parsed = meetingVersionQuerySchema.safeParse(value ?? undefined);
  if (parsed.success) return parsed.data;
  throw new AppError("validation", "Pass the version the meeting was read at: ?version=N.", { fieldErrors: { version: ["Pass the meeting's current version."] } });
}
