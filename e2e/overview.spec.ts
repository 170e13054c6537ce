import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The overview leads somewhere: what needs the reader's action, the top
// risks and the latest decisions, each a link into its workspace.
test("the overview leads HR to the inbox and a manager to their team, and a risk to its slate", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  const actions = page.getByRole("list", { name: "Needs your action" });
  await expect(actions.getByRole("link", { name: /nominations? waits? for your decision/ })).toHaveAttribute("href", "/nominations#inbox");
  const risks = page.getByRole("list", { name: "Top risks" }).getByRole("listitem");
  await expect(risks).toHaveCount(5);
  await risks.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/positions\/[^/]+$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "manager@baton.example", DEMO_PASSWORD);
  await expect(page.getByRole("list", { name: "Needs your action" }).getByRole("link", { name: /to assess in the open cycle/ })).toHaveAttribute("href", "/team?status=none");
});

// One date format, the browser's: an American browser reads American dates.
test.describe("dates follow the browser's language", () => {
  test.use({ locale: "en-US" });
  test("every date on the profile reads the same way", async ({ page }) => {
    await signIn(page, "hr@baton.example", DEMO_PASSWORD);
    await page.goto("/people/E000182");
    const main = page.getByRole("main");
    await expect(main).toContainText(/as of [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    // Not the British form, nor ISO text, anywhere on the page.
    await expect(main).not.toContainText(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    await expect(main).not.toContainText(/\b\d{4}-\d{2}-\d{2}\b/);
  });
});
