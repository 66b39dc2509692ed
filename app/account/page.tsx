import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { signOutAction, signOutEverywhereAction } from "@/app/account/actions";
import { SubmitButton } from "@/components/auth/submit-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageAccount } from "@/lib/auth/page-guard";
import { SignOutForm } from "@/components/auth/sign-out-form";

export const metadata: Metadata = { title: "Account" };

const NOTICES: Record<string, string> = {
  "password-changed": "Password changed. Your other sessions were signed out.",
  "two-step-on": "Two-step sign-in is on.",
  "two-step-off": "Two-step sign-in is off.",
};

const ROLE_LABELS: Record<string, string> = { admin: "Admin", analyst: "Analyst", viewer: "Viewer" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const account = await requirePageAccount();
  const noticeKey = (await searchParams).notice;
  const notice = typeof noticeKey === "string" ? NOTICES[noticeKey] : undefined;
  return (
    <>
      <PageHeader title="Account" description={`${account.user.name} · ${account.user.email}`} />
      <div role="status" className="empty:hidden">
        {notice ? <p className="mb-4 rounded-md border border-success/40 px-3 py-2 text-sm">{notice}</p> : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Role</CardTitle>
            <CardDescription>Admins change roles on the Users page.</CardDescription>
          </CardHeader>
          <CardContent>
            <Badge>{ROLE_LABELS[account.user.role] ?? account.user.role}</Badge>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Password</CardTitle>
            <CardDescription>Changing it signs out your other sessions.</CardDescription>
          </CardHeader>
          <CardContent>
            <Button asChild variant="outline">
              <Link href="/account/password">Change password</Link>
            </Button>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Two-step sign-in</CardTitle>
            <CardDescription>A code from an authenticator app, asked after your password.</CardDescription>
          </CardHeader>
          <CardContent className="flex items-center gap-3">
            <Badge variant={account.twoFactorEnabled ? "success" : "neutral"}>{account.twoFactorEnabled ? "On" : "Off"}</Badge>
            <Button asChild variant="outline">
              <Link href="/account/two-step">{account.twoFactorEnabled ? "Manage" : "Set up"}</Link>
            </Button>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>API tokens</CardTitle>
            <CardDescription>Let other tools read or change Parley as you, through the REST API.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-wrap gap-2">
            <Button asChild variant="outline">
              <Link href="/account/tokens">Manage tokens</Link>
            </Button>
            <Button asChild variant="ghost">
              <Link href="/account/api">API guide</Link>
            </Button>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Sessions</CardTitle>
            <CardDescription>Signing out of all sessions ends this one too, on every device.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-wrap gap-2">
            <SignOutForm action={signOutAction}>
              <SubmitButton variant="outline" pendingLabel="Signing out…">
                Sign out
              </SubmitButton>
            </SignOutForm>
            <SignOutForm action={signOutEverywhereAction}>
              <SubmitButton variant="destructive" pendingLabel="Signing out…">
                Sign out of all sessions
              </SubmitButton>
            </SignOutForm>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
