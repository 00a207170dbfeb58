-- Name variants kept by editors (Byblos / Jbeil / جبيل): a search for one
-- spelling also looks for the others (lib/search/name-variants.ts). Keys are
-- computed in TypeScript (nameVariantKey), as the query's are.
-- CreateTable
CREATE TABLE "NameVariantSet" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NameVariantSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NameVariant" (
    "id" SERIAL NOT NULL,
    "setId" INTEGER NOT NULL,
    "spelling" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "NameVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NameVariantDismissal" (
    "termId" INTEGER NOT NULL,
    "enKey" TEXT NOT NULL,
    "arKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NameVariantDismissal_pkey" PRIMARY KEY ("termId")
);

-- CreateIndex
CREATE UNIQUE INDEX "NameVariant_key_key" ON "NameVariant"("key");

-- CreateIndex
CREATE INDEX "NameVariant_setId_idx" ON "NameVariant"("setId");

-- AddForeignKey
ALTER TABLE "NameVariant" ADD CONSTRAINT "NameVariant_setId_fkey" FOREIGN KEY ("setId") REFERENCES "NameVariantSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;
