-- CreateTable
CREATE TABLE "PlanSnapshot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "asOf" TEXT NOT NULL,
    "takenByUserId" INTEGER,
    "takenByLabel" TEXT NOT NULL,
    "positionCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "PlanSnapshotRow" (
    "snapshotId" INTEGER NOT NULL,
    "positionId" TEXT NOT NULL,
    "row" TEXT NOT NULL,
    "slate" TEXT NOT NULL,

    PRIMARY KEY ("snapshotId", "positionId"),
    CONSTRAINT "PlanSnapshotRow_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "PlanSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
