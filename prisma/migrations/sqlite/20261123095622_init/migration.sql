-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "depth" INTEGER NOT NULL,
    CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Level" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "kind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Person" (
    "employeeId" TEXT NOT NULL PRIMARY KEY,
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
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Person_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Person_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person" ("employeeId") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Person_levelCode_fkey" FOREIGN KEY ("levelCode") REFERENCES "Level" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Position" (
    "positionId" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "levelCode" TEXT NOT NULL,
    "incumbentId" TEXT,
    "critical" BOOLEAN NOT NULL DEFAULT false,
    "criticalReason" TEXT,
    "impactOfLoss" TEXT NOT NULL DEFAULT 'medium',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Position_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Position_levelCode_fkey" FOREIGN KEY ("levelCode") REFERENCES "Level" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Position_incumbentId_fkey" FOREIGN KEY ("incumbentId") REFERENCES "Person" ("employeeId") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Cycle" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "cycleDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" TEXT NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "performance" INTEGER NOT NULL,
    "potential" INTEGER NOT NULL,
    "calibratedPerformance" INTEGER,
    "calibratedPotential" INTEGER,
    "mgmtPlanning" INTEGER NOT NULL,
    "mgmtOrganizing" INTEGER NOT NULL,
    "mgmtControlling" INTEGER NOT NULL,
    "mgmtProblemSolving" INTEGER NOT NULL,
    "leadDirection" INTEGER NOT NULL,
    "leadAlignment" INTEGER NOT NULL,
    "leadInspiration" INTEGER NOT NULL,
    "leadChange" INTEGER NOT NULL,
    "leadershipTimePct" INTEGER NOT NULL,
    "flightRisk" TEXT NOT NULL,
    "assessorId" TEXT,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("employeeId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "Person" ("employeeId") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Calibration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assessmentId" INTEGER NOT NULL,
    "fromPerformance" INTEGER NOT NULL,
    "fromPotential" INTEGER NOT NULL,
    "toPerformance" INTEGER NOT NULL,
    "toPotential" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "byUserId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Calibration_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Calibration_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "positionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "nominatedById" TEXT,
    "readiness" TEXT NOT NULL,
    "emergency" BOOLEAN NOT NULL DEFAULT false,
    "rationale" TEXT,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "decisionReason" TEXT,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Nomination_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("positionId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Nomination_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Person" ("employeeId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Nomination_nominatedById_fkey" FOREIGN KEY ("nominatedById") REFERENCES "Person" ("employeeId") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Nomination_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DevelopmentAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "description" TEXT,
    "dueDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "proposedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DevelopmentAction_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("employeeId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DevelopmentAction_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL,
    "personId" TEXT,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("employeeId") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_idx" ON "OrgUnit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Level_rank_key" ON "Level"("rank");

-- CreateIndex
CREATE INDEX "Person_managerId_idx" ON "Person"("managerId");

-- CreateIndex
CREATE INDEX "Person_orgUnitId_idx" ON "Person"("orgUnitId");

-- CreateIndex
CREATE INDEX "Person_email_idx" ON "Person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Position_incumbentId_key" ON "Position"("incumbentId");

-- CreateIndex
CREATE INDEX "Position_orgUnitId_idx" ON "Position"("orgUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_name_key" ON "Cycle"("name");

-- CreateIndex
CREATE INDEX "Assessment_cycleId_idx" ON "Assessment"("cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_personId_cycleId_key" ON "Assessment"("personId", "cycleId");

-- CreateIndex
CREATE INDEX "Calibration_assessmentId_idx" ON "Calibration"("assessmentId");

-- CreateIndex
CREATE INDEX "Nomination_candidateId_idx" ON "Nomination"("candidateId");

-- CreateIndex
CREATE INDEX "Nomination_status_idx" ON "Nomination"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_positionId_candidateId_key" ON "Nomination"("positionId", "candidateId");

-- CreateIndex
CREATE INDEX "DevelopmentAction_personId_idx" ON "DevelopmentAction"("personId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Notification_userId_idx" ON "Notification"("userId");
