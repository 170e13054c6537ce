import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// Issue 13's journey: an executive plays "what if the CFO leaves" from the
// heatmap and reads the chain of moves. The cascade's rules are unit- and
// integration-tested; this proves the screen gets there and reads.
test("an executive plays what-if the CFO leaves from the heatmap and reads the chain", async ({ page }) => {
  await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  await page.goto("/heatmap");
  await page.getByRole("link", { name: /What if someone leaves\?/ }).click();
  await expect(page.getByRole("heading", { name: "What-if scenarios", level: 1 })).toBeVisible();

  await page.getByLabel("Find a person").fill("Chief Financial Officer");
  await page.getByRole("button", { name: "Search and play" }).click();
  const add = page.getByRole("list", { name: "People found" }).getByRole("link", { name: /as a leaver/ });
  await expect(add).toHaveCount(1);
  await add.click();

  // The link is the scenario: the leaver is in the address.
  await expect(page).toHaveURL(/leavers=E\d+/);
  await expect(page.getByRole("heading", { name: "The chain of moves" })).toBeVisible();
  const chain = page.getByRole("listitem", { name: /Chain 1: Chief Financial Officer/ });
  await expect(chain).toBeVisible();
  // The first domino: the CFO's seat opens when they leave, then it is filled or stays unfilled.
  await expect(chain.getByTestId("domino-link").first()).toContainText(/Opens when .+ leaves/);
  await expect(chain.getByText(/Moves in|Stays unfilled/).first()).toBeVisible();
  await expect(page.getByTestId("scenario-summary")).toContainText(/1\s+person leaves/);
  await expect(page.getByTestId("scenario-figures")).toContainText("Seats at high risk");

  // Shared as a link, it plays the same scenario again.
  const again = await page.context().newPage();
  await again.goto(page.url());
  await expect(again.getByRole("listitem", { name: /Chain 1: Chief Financial Officer/ })).toBeVisible();
});
