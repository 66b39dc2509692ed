import type { Metadata } from "next";
import { CreateUserForm } from "@/components/auth/admin/create-user-form";
import { TwoFactorPolicy } from "@/components/auth/admin/two-factor-policy";
import { UserRowActions } from "@/components/auth/admin/user-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getAuthSettings, listUsers } from "@/lib/auth/users/queries";
import { env } from "@/lib/env";
import {
  changeUserRoleAction,
  createUserAction,
  deactivateUserAction,
  reactivateUserAction,
  resetUserPasswordAction,
  resetUserTwoFactorAction,
  setTwoFactorPolicyAction,
} from "@/app/admin/users/actions";

const ROW_ACTIONS = {
  changeRole: changeUserRoleAction,
  deactivate: deactivateUserAction,
  reactivate: reactivateUserAction,
  resetPassword: resetUserPasswordAction,
  resetTwoFactor: resetUserTwoFactorAction,
};

export const metadata: Metadata = { title: "Users" };

const ROLE_LABELS: Record<string, string> = { admin: "Admin", analyst: "Analyst", viewer: "Viewer" };

export default async function UsersPage() {
  const admin = await requirePageUser("admin");
  const [users, settings] = await Promise.all([listUsers(), getAuthSettings()]);
  return (
    <>
      <PageHeader title="Users" description="Who may sign in to Parley, and what each may do." />
      <div className="grid gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Add a user</CardTitle>
            <CardDescription>Parley makes a temporary password for you to pass on; the person replaces it when they first sign in.</CardDescription>
          </CardHeader>
          <CardContent>
            <CreateUserForm createUserAction={createUserAction} temporaryPasswordHours={env.PARLEY_TEMPORARY_PASSWORD_HOURS} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Sign-in policy</CardTitle>
          </CardHeader>
          <CardContent>
            <TwoFactorPolicy required={settings.requireTwoFactor} setTwoFactorPolicyAction={setTwoFactorPolicyAction} />
          </CardContent>
        </Card>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Name</TableHead>
              <TableHead scope="col">Email</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col">Actions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id}>
                <TableCell className="font-medium">{user.name}</TableCell>
                <TableCell>{user.email}</TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    <Badge variant="outline">{ROLE_LABELS[user.role] ?? user.role}</Badge>
                    {user.deactivated ? <Badge variant="destructive">Deactivated</Badge> : null}
                    {user.mustChangePassword && !user.deactivated ? <Badge variant="warning">Temporary password</Badge> : null}
                    {user.twoFactorEnabled ? <Badge variant="success">Two-step</Badge> : null}
                  </div>
                </TableCell>
                <TableCell>
                  <UserRowActions user={user} isSelf={user.id === admin.id} actions={ROW_ACTIONS} temporaryPasswordHours={env.PARLEY_TEMPORARY_PASSWORD_HOURS} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
