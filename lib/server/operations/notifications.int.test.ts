import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { countUnreadNotifications, findNotifications, markNotificationsRead } from "./notifications";
import type { AppUser } from "@/lib/server/auth/users";
import { createViewer } from "@/lib/server/access/viewer";

const providers = await providersUnderTest();

describe.each(providers)("notifications on %s", (provider) => {
  let t: TestDatabase;
  let ada: AppUser;
  let bob: AppUser;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const create = async (name: string): Promise<AppUser> => {
      const row = await t.db.user.create({ data: { email: `${name}@co.example`, role: "manager" } });
      return { id: row.id, email: row.email, name: null, role: "manager", personId: null };
    };
    ada = await create("ada");
    bob = await create("bob");
  });
  afterAll(async () => t?.drop());

  const notify = (user: AppUser, message: string) => t.db.notification.create({ data: { userId: user.id, message } });

  it("counts and marks only the user's own notices, and only those they were shown", async () => {
    const first = await notify(ada, "one");
    const second = await notify(ada, "two");
    await notify(bob, "bob's");
    expect(await countUnreadNotifications(await createViewer({ db: t.db, user: ada }))).toBe(2);

    // Bob naming Ada's newest notice marks nothing of hers.
    expect(await markNotificationsRead(await createViewer({ db: t.db, user: bob }), { upToId: second.id })).toBe(0);
    expect(await countUnreadNotifications(await createViewer({ db: t.db, user: ada }))).toBe(2);

    const late = await notify(ada, "arrived after the page was drawn");
    expect(await markNotificationsRead(await createViewer({ db: t.db, user: ada }), { upToId: second.id })).toBe(2);
    expect(await countUnreadNotifications(await createViewer({ db: t.db, user: ada }))).toBe(1);
    const shown = await findNotifications(await createViewer({ db: t.db, user: ada }));
    expect(shown.map((n) => [n.id, n.readAt === null])).toEqual([
      [late.id, true],
      [second.id, false],
      [first.id, false],
    ]);
    // Marking again changes nothing: a read notice keeps its first read time.
    const readAt = shown[1]?.readAt;
    expect(await markNotificationsRead(await createViewer({ db: t.db, user: ada }), { upToId: second.id })).toBe(0);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: second.id } })).readAt).toEqual(readAt);
    expect(await countUnreadNotifications(await createViewer({ db: t.db, user: bob }))).toBe(1);
  });
});
