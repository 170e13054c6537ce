-- CreateTable
CREATE TABLE "PersonVersion" (
    "id" SERIAL NOT NULL,
    "employeeId" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "managerId" TEXT,
    "levelCode" TEXT NOT NULL,
    "hireDate" TEXT,
    "roleStartDate" TEXT,
    "plannedRetirementDate" TEXT,
    "retirementEligibilityDate" TEXT,
    "birthYear" INTEGER,
    "location" TEXT,
    "active" BOOLEAN NOT NULL,

    CONSTRAINT "PersonVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionVersion" (
    "id" SERIAL NOT NULL,
    "positionId" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "title" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "levelCode" TEXT NOT NULL,
    "incumbentId" TEXT,
    "critical" BOOLEAN NOT NULL,
    "criticalReason" TEXT,
    "impactOfLoss" TEXT NOT NULL,

    CONSTRAINT "PositionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentVersion" (
    "id" SERIAL NOT NULL,
    "assessmentId" INTEGER NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "personId" TEXT NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
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

    CONSTRAINT "AssessmentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationVersion" (
    "id" SERIAL NOT NULL,
    "nominationId" INTEGER NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "positionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "nominatedById" TEXT,
    "readiness" TEXT NOT NULL,
    "emergency" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "NominationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonVersion_employeeId_validTo_idx" ON "PersonVersion"("employeeId", "validTo");

-- CreateIndex
CREATE INDEX "PersonVersion_validFrom_idx" ON "PersonVersion"("validFrom");

-- CreateIndex
CREATE INDEX "PositionVersion_positionId_validTo_idx" ON "PositionVersion"("positionId", "validTo");

-- CreateIndex
CREATE INDEX "PositionVersion_validFrom_idx" ON "PositionVersion"("validFrom");

-- CreateIndex
CREATE INDEX "AssessmentVersion_assessmentId_validTo_idx" ON "AssessmentVersion"("assessmentId", "validTo");

-- CreateIndex
CREATE INDEX "AssessmentVersion_validFrom_idx" ON "AssessmentVersion"("validFrom");

-- CreateIndex
CREATE INDEX "NominationVersion_nominationId_validTo_idx" ON "NominationVersion"("nominationId", "validTo");

-- CreateIndex
CREATE INDEX "NominationVersion_validFrom_idx" ON "NominationVersion"("validFrom");
