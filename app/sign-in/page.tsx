import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { signInAction } from "@/app/sign-in/actions";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSignedInAccount } from "@/lib/auth/sessions/session";
import { safeNextPath } from "@/lib/auth/sign-in/safe-next";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getSignedInAccount()) redirect(next as Route);
  return (
    <AuthCard title="Sign in" description="Use the account an admin created for you.">
      <SignInForm next={next} signInAction={signInAction} />
    </AuthCard>
  );
}
