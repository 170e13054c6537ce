-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" TEXT NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "performance" INTEGER,
    "potential" INTEGER,
    "calibratedPerformance" INTEGER,
    "calibratedPotential" INTEGER,
    "mgmtPlanning" INTEGER,
    "mgmtOrganizing" INTEGER,
    "mgmtControlling" INTEGER,
    "mgmtProblemSolving" INTEGER,
    "leadDirection" INTEGER,
    "leadAlignment" INTEGER,
    "leadInspiration" INTEGER,
    "leadChange" INTEGER,
    "leadershipTimePct" INTEGER,
    "flightRisk" TEXT,
    "assessorId" TEXT,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("employeeId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "Person" ("employeeId") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("assessorId", "calibratedPerformance", "calibratedPotential", "createdAt", "cycleId", "flightRisk", "id", "leadAlignment", "leadChange", "leadDirection", "leadInspiration", "leadershipTimePct", "mgmtControlling", "mgmtOrganizing", "mgmtPlanning", "mgmtProblemSolving", "notes", "performance", "personId", "potential", "status", "updatedAt") SELECT "assessorId", "calibratedPerformance", "calibratedPotential", "createdAt", "cycleId", "flightRisk", "id", "leadAlignment", "leadChange", "leadDirection", "leadInspiration", "leadershipTimePct", "mgmtControlling", "mgmtOrganizing", "mgmtPlanning", "mgmtProblemSolving", "notes", "performance", "personId", "potential", "status", "updatedAt" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_cycleId_idx" ON "Assessment"("cycleId");
CREATE UNIQUE INDEX "Assessment_personId_cycleId_key" ON "Assessment"("personId", "cycleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
