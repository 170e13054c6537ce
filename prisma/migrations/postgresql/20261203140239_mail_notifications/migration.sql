-- CreateTable
CREATE TABLE "MailPreference" (
    "userId" INTEGER NOT NULL,
    "decisions" BOOLEAN NOT NULL DEFAULT true,
    "proposals" BOOLEAN NOT NULL DEFAULT true,
    "assessmentsDue" BOOLEAN NOT NULL DEFAULT true,
    "digest" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" SERIAL NOT NULL,
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
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailOutbox_status_digest_nextAttemptAt_idx" ON "MailOutbox"("status", "digest", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailOutbox_userId_status_idx" ON "MailOutbox"("userId", "status");

-- AddForeignKey
ALTER TABLE "MailPreference" ADD CONSTRAINT "MailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
