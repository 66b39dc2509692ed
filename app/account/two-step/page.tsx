import type { Metadata } from "next";
import { confirmTwoFactorSetupAction, disableTwoFactorAction, startTwoFactorSetupAction } from "@/app/account/actions";
import { TwoFactorDisable } from "@/components/auth/two-factor-disable";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageAccount } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Two-step sign-in" };

export default async function TwoFactorPage() {
  const account = await requirePageAccount();
  return (
    <>
      <PageHeader
        title="Two-step sign-in"
        description={
          account.mustSetUpTwoFactor
            ? "Admins require a code from an authenticator app for every account. Set it up to continue."
            : "After your password, Parley asks for a code from an authenticator app on your phone."
        }
      />
      {account.twoFactorEnabled ? (
        <TwoFactorDisable disableTwoFactorAction={disableTwoFactorAction} />
      ) : (
        <TwoFactorSetup startTwoFactorSetupAction={startTwoFactorSetupAction} confirmTwoFactorSetupAction={confirmTwoFactorSetupAction} />
      )}
    </>
  );
}
