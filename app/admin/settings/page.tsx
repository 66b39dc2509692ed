import type { Metadata } from "next";
import { ReviewSettingsForm } from "@/components/review/review-settings-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getReviewSettings } from "@/lib/review/settings";
import { setReviewSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser("admin");
  const rule = await getReviewSettings();
  return (
    <>
      <PageHeader title="Settings" description="How the team works in Parley." />
      <Card>
        <CardHeader>
          <CardTitle>Review before publishing</CardTitle>
          <CardDescription>Analysts and admins may publish; viewers never. Every step shows in the meeting’s history.</CardDescription>
        </CardHeader>
        <CardContent>
          <ReviewSettingsForm rule={rule} action={setReviewSettingsAction} />
        </CardContent>
      </Card>
    </>
  );
}
