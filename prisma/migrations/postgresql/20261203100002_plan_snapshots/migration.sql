-- CreateTable
CREATE TABLE "PlanSnapshot" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "asOf" TEXT NOT NULL,
    "takenByUserId" INTEGER,
    "takenByLabel" TEXT NOT NULL,
    "positionCount" INTEGER NOT NULL,

    CONSTRAINT "PlanSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSnapshotRow" (
    "snapshotId" INTEGER NOT NULL,
    "positionId" TEXT NOT NULL,
    "row" TEXT NOT NULL,
    "slate" TEXT NOT NULL,

    CONSTRAINT "PlanSnapshotRow_pkey" PRIMARY KEY ("snapshotId","positionId")
);

-- AddForeignKey
ALTER TABLE "PlanSnapshotRow" ADD CONSTRAINT "PlanSnapshotRow_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "PlanSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
