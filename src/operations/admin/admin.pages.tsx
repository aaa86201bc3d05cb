import type { Role } from "../../platform/db/schema";
import { Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";
import type { listUsers } from "./admin.queries";

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

function RoleButton({ user, to }: { user: UserRow; to: Role }) {
  const { t } = useI18n();
  return (
    <form method="post" action={`/admin/users/${user.id}/role`} class="inline-form">
      <input type="hidden" name="role" value={to} />
      <input type="hidden" name="from" value={user.role} />
      <button type="submit">{t(to === "moderator" ? "admin:users.grant" : "admin:users.revoke")}</button>
    </form>
  );
}

/** Emails are shown here and nowhere else: this page is for admins only (domain.md, Privacy). */
export function UsersPage({ users, query, selfId, error }: { users: UserRow[]; query: string; selfId: string; error?: string }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("admin:users.title")}</h1>
      {error ? <p class="field__error" role="alert">{error}</p> : null}
      <form method="get" action="/admin/users" role="search">
        <Field id="q" label={t("admin:users.search")}>
          <input type="search" id="q" name="q" value={query} />
        </Field>
        <button type="submit">{t("admin:users.searchButton")}</button>
      </form>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("admin:users.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin:users.email")}</th>
              <th scope="col">{t("admin:users.name")}</th>
              <th scope="col">{t("admin:users.role")}</th>
              <th scope="col">{t("admin:users.change")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <td>{u.email}</td>
                <td>{u.displayName ?? "—"}</td>
                <td data-role={u.role}>{t(`admin:roles.${u.role}`)}</td>
                <td>
                  {u.id === selfId || u.role === "admin" ? "—" : <RoleButton user={u} to={u.role === "moderator" ? "contributor" : "moderator"} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
