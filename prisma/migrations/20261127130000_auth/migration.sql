-- Sign-in protection, audit and the twoFactor plugin's 1.7 fields (see lib/auth).

-- CreateEnum
CREATE TYPE "AuthEventKind" AS ENUM ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SIGN_OUT_EVERYWHERE', 'PASSWORD_CHANGED', 'USER_CREATED', 'ROLE_CHANGED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'PASSWORD_RESET_BY_ADMIN', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'TWO_FACTOR_POLICY_CHANGED');

-- AlterTable
ALTER TABLE "twoFactor" ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "failedVerificationCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lockedUntil" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppSecret_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "AuthSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "requireTwoFactor" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" UUID NOT NULL,
    "accountKey" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthEvent" (
    "id" UUID NOT NULL,
    "kind" "AuthEventKind" NOT NULL,
    "actorId" TEXT,
    "subjectId" TEXT,
    "email" TEXT,
    "address" TEXT,
    "userAgent" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInAttempt_accountKey_createdAt_idx" ON "SignInAttempt"("accountKey", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_createdAt_idx" ON "SignInAttempt"("address", "createdAt");

-- CreateIndex
CREATE INDEX "AuthEvent_createdAt_idx" ON "AuthEvent"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuthEvent_actorId_createdAt_idx" ON "AuthEvent"("actorId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuthEvent_subjectId_createdAt_idx" ON "AuthEvent"("subjectId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "AuthEvent" ADD CONSTRAINT "AuthEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthEvent" ADD CONSTRAINT "AuthEvent_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Raw: a single settings row; emails are stored lower-cased so lookups and the unique key agree.
ALTER TABLE "AuthSettings" ADD CONSTRAINT "AuthSettings_single_row_check" CHECK ("id" = 1);
INSERT INTO "AuthSettings" ("id") VALUES (1);
ALTER TABLE "user" ADD CONSTRAINT "user_email_lowercase_check" CHECK ("email" = lower("email"));
