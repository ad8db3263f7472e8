/*
  Warnings:

  - You are about to drop the `Profile` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "Profile" DROP CONSTRAINT "Profile_userId_fkey";

-- AlterTable
ALTER TABLE "User" ADD COLUMN "bio" TEXT,
ADD COLUMN "updatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "publishedAt" TIMESTAMP(3),
ALTER COLUMN "title" SET DATA TYPE VARCHAR(300);

-- DropTable
DROP TABLE "Profile";
