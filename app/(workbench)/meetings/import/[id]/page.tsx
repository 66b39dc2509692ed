import type { Metadata } from "next";
import { ImportJobPanel } from "@/components/import/import-job-panel";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { getImportJob } from "@/lib/import/jobs";
import { countImportPlans, listImportRows } from "@/lib/import/rows";
import { confirmImportMappingAction, startImportRunAction } from "../actions";

export const metadata: Metadata = { title: "Import" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; show?: string }> };

export default async function ImportJobPage({ params, searchParams }: Props) {
  await requirePageUser("analyst");
  const { id } = await params;
  const query = await searchParams;
  const [job, plans, rows] = await Promise.all([getImportJob(id), countImportPlans(id), listImportRows(id, query)]).catch(handlePageError);
  return <ImportJobPanel job={job} plans={plans} rows={rows} actions={{ confirm: confirmImportMappingAction, run: startImportRunAction }} />;
}
