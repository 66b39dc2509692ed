import type { Prisma } from "@/lib/generated/prisma/client";
import { emptyMemory, entityKey, type OrganizationPlan, type PersonPlan, type PlanMemory, type RowPlan } from "@/lib/import/plan";

/** What the dry-run page shows of a row's plan, as stored with the row. */
export interface PlanDetail {
  reason?: string;
  meetingId?: string | null;
  title?: string;
  date?: string;
  person?: PersonPlan | null;
  organization?: OrganizationPlan | null;
  /** The new person and organisation this row creates, so a resumed dry run knows later rows link to them. */
  personKey?: string;
  organizationKey?: string;
}

export function planDetail(plan: RowPlan): PlanDetail {
  if (plan.action === "REFUSE") return { reason: plan.reason };
  if (plan.action === "EXISTS") return { reason: plan.reason, meetingId: plan.meetingId };
  const participant = plan.candidate.record.participants[0];
  return {
    title: plan.candidate.record.title,
    date: plan.candidate.record.date,
    person: plan.person,
    organization: plan.organization,
    ...(plan.person?.action === "create" && participant ? { personKey: entityKey(participant.name, participant.countryCode) } : {}),
    ...(plan.organization?.action === "create" && participant ? { organizationKey: entityKey(participant.organization, participant.countryCode) } : {}),
  };
}

/** What a dry run stopped half way had planned to create: where a resumed one picks up its memory. */
export async function rebuildMemory(client: Pick<Prisma.TransactionClient, "$queryRaw">, jobId: string): Promise<PlanMemory> {
  const memory = emptyMemory();
  const rows = await client.$queryRaw<{ rowNumber: number; key: string; personKey: string | null; organizationKey: string | null }[]>`
    SELECT "rowNumber", "key", "planDetail"->>'personKey' AS "personKey", "planDetail"->>'organizationKey' AS "organizationKey"
    FROM "ImportRow" WHERE "jobId" = ${jobId}::uuid AND "plan" = 'CREATE' ORDER BY "rowNumber"`;
  for (const row of rows) {
    memory.keys.set(row.key, row.rowNumber);
    if (row.personKey) memory.people.set(row.personKey, row.rowNumber);
    if (row.organizationKey) memory.organizations.set(row.organizationKey, row.rowNumber);
  }
  return memory;
}
