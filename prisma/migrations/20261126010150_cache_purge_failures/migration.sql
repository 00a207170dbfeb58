-- CreateTable
CREATE TABLE "CachePurgeFailure" (
    "id" SERIAL NOT NULL,
    "proxyUrl" TEXT NOT NULL,
    "keys" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CachePurgeFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CachePurgeFailure_createdAt_idx" ON "CachePurgeFailure"("createdAt");
