-- CreateTable
CREATE TABLE "SavedScenario" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "leavers" TEXT NOT NULL,
    "retireBy" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedScenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedScenario_name_key" ON "SavedScenario"("name");
