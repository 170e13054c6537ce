-- CreateTable
CREATE TABLE "MailPreference" (
    "userId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "decisions" BOOLEAN NOT NULL DEFAULT true,
    "proposals" BOOLEAN NOT NULL DEFAULT true,
    "assessmentsDue" BOOLEAN NOT NULL DEFAULT true,
    "digest" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "line" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "digest" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "MailOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MailOutbox_status_digest_nextAttemptAt_idx" ON "MailOutbox"("status", "digest", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailOutbox_userId_status_idx" ON "MailOutbox"("userId", "status");
