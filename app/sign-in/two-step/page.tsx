import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AuthCard } from "@/components/auth/auth-card";
import { verifySignInCodeAction } from "@/app/sign-in/actions";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { safeNextPath } from "@/lib/auth/sign-in/safe-next";

export const metadata: Metadata = { title: "Two-step sign-in" };

// Reachable only with the short-lived cookie a correct password leaves; without it, codes fail.
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  return (
    <AuthCard title="Two-step sign-in" description="Enter the 6-digit code from your authenticator app.">
      <SecondFactorForm next={next} verifySignInCodeAction={verifySignInCodeAction} />
      <p className="mt-4 text-sm text-muted-foreground">
        <Link href="/sign-in" className="underline underline-offset-4">
          Start again
        </Link>
      </p>
    </AuthCard>
  );
}
