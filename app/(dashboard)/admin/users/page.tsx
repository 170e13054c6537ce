import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddUserForm } from "@/components/users/AddUserForm";
import { UserTable } from "@/components/users/UserTable";
import { ZUserListQuery } from "@/lib/schemas/users";
import { getViewer } from "@/lib/server/access/request-viewer";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/password-policy";
import { findUserAccounts } from "@/lib/server/views/users";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { addUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const query = ZUserListQuery.parse(firstValues(await searchParams));
  const page = await findUserAccounts(await getViewer(), query);
  // Not an admin: the same answer as a page that does not exist.
  if (!page) notFound();
  return (
    <div className="max-w-6xl [contain:inline-size]">
      <h1 className="text-2xl font-bold text-slate-900">Users</h1>
      <p className="mt-1 text-slate-600">Who may sign in to Baton, with which role ({page.total} accounts). Open an account to change it or manage its API tokens; every change is in the audit log.</p>
      <div className="mt-6">
        <AddUserForm action={addUserAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      </div>
      <div className="mt-6">
        <UserTable rows={page.rows} total={page.total} page={page.page} pageSize={page.pageSize} sort={page.sort} />
      </div>
    </div>
  );
}
