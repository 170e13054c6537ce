-- History back-filled from what Baton held before it kept versions
-- (docs/history.md): each record's present state, valid from the day it was
-- first recorded. A nomination decided, withdrawn or succeeded reads as
-- proposed from its creation until the day of that decision.
INSERT INTO "PersonVersion" ("employeeId", "validFrom", "validTo", "name", "email", "title", "orgUnitId", "managerId", "levelCode", "hireDate", "roleStartDate", "plannedRetirementDate", "retirementEligibilityDate", "birthYear", "location", "active")
SELECT "employeeId", to_char("createdAt", 'YYYY-MM-DD'), NULL, "name", "email", "title", "orgUnitId", "managerId", "levelCode", "hireDate", "roleStartDate", "plannedRetirementDate", "retirementEligibilityDate", "birthYear", "location", "active" FROM "Person";

INSERT INTO "PositionVersion" ("positionId", "validFrom", "validTo", "title", "orgUnitId", "levelCode", "incumbentId", "critical", "criticalReason", "impactOfLoss")
SELECT "positionId", to_char("createdAt", 'YYYY-MM-DD'), NULL, "title", "orgUnitId", "levelCode", "incumbentId", "critical", "criticalReason", "impactOfLoss" FROM "Position";

INSERT INTO "AssessmentVersion" ("assessmentId", "validFrom", "validTo", "personId", "cycleId", "status", "performance", "potential", "calibratedPerformance", "calibratedPotential", "mgmtPlanning", "mgmtOrganizing", "mgmtControlling", "mgmtProblemSolving", "leadDirection", "leadAlignment", "leadInspiration", "leadChange", "leadershipTimePct", "flightRisk", "assessorId")
SELECT "id", to_char("createdAt", 'YYYY-MM-DD'), NULL, "personId", "cycleId", "status", "performance", "potential", "calibratedPerformance", "calibratedPotential", "mgmtPlanning", "mgmtOrganizing", "mgmtControlling", "mgmtProblemSolving", "leadDirection", "leadAlignment", "leadInspiration", "leadChange", "leadershipTimePct", "flightRisk", "assessorId" FROM "Assessment";

INSERT INTO "NominationVersion" ("nominationId", "validFrom", "validTo", "positionId", "candidateId", "nominatedById", "readiness", "emergency", "status")
SELECT "id", to_char("createdAt", 'YYYY-MM-DD'),
       CASE WHEN "status" <> 'proposed' AND "decidedAt" IS NOT NULL THEN to_char("decidedAt", 'YYYY-MM-DD') ELSE NULL END,
       "positionId", "candidateId", "nominatedById", "readiness", "emergency",
       CASE WHEN "status" <> 'proposed' AND "decidedAt" IS NOT NULL THEN 'proposed' ELSE "status" END
FROM "Nomination";

INSERT INTO "NominationVersion" ("nominationId", "validFrom", "validTo", "positionId", "candidateId", "nominatedById", "readiness", "emergency", "status")
SELECT "id", to_char("decidedAt", 'YYYY-MM-DD'), NULL, "positionId", "candidateId", "nominatedById", "readiness", "emergency", "status"
FROM "Nomination" WHERE "status" <> 'proposed' AND "decidedAt" IS NOT NULL;
