import type { Metadata } from "next";
import { changePasswordAction } from "@/app/account/actions";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageAccount } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const account = await requirePageAccount();
  return (
    <>
      <PageHeader
        title="Change password"
        description={
          account.mustChangePassword
            ? "You signed in with a temporary password. Choose your own to continue."
            : "Your other sessions end when the password changes; this one stays signed in."
        }
      />
      <ChangePasswordForm email={account.user.email} askForCode={account.twoFactorEnabled} changePasswordAction={changePasswordAction} />
    </>
  );
}
