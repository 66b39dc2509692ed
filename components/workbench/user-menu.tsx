"use client";

import { LogOut, Settings, UserRound, Users } from "lucide-react";
import { Link } from "@/components/ui/link";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { SignOutForm, type SignOutAction } from "@/components/auth/sign-out-form";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

const ROLE_LABELS: Record<string, string> = { admin: "Admin", analyst: "Analyst", viewer: "Viewer" };

/**
 * Who is signed in, their account, and (given the action) signing out. The sign-out form lives
 * outside the menu's content: choosing an item closes the menu and unmounts its content, and a form
 * inside it was gone before a mouse click could submit it (Enter happened to win the race).
 */
export function UserMenu({
  user,
  signOutAction,
}: {
  user: { name: string; email: string; role: string };
  signOutAction?: SignOutAction;
}) {
  const signOutForm = useRef<HTMLFormElement>(null);
  return (
    <>
      {signOutAction ? <SignOutForm ref={signOutForm} action={signOutAction} hidden /> : null}
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="sm" className="gap-2" aria-label={`Account menu for ${user.name}`}>
            <UserRound aria-hidden="true" />
            <span className="hidden max-w-40 truncate sm:inline">{user.name}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-60">
          <DropdownMenuLabel className="grid gap-0.5">
            <span className="truncate text-sm text-foreground">{user.name}</span>
            <span className="truncate font-normal">{user.email}</span>
            <span className="font-normal">{ROLE_LABELS[user.role] ?? user.role}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/account">
              <Settings aria-hidden="true" />
              Account
            </Link>
          </DropdownMenuItem>
          {user.role === "admin" ? (
            <DropdownMenuItem asChild>
              <Link href="/admin/users">
                <Users aria-hidden="true" />
                Users
              </Link>
            </DropdownMenuItem>
          ) : null}
          {signOutAction ? (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem onSelect={() => signOutForm.current?.requestSubmit()}>
                <LogOut aria-hidden="true" />
                Sign out
              </DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
