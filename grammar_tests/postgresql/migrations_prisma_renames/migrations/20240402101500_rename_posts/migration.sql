-- Edited by hand (prisma migrate dev --create-only): rename instead of drop and create.
ALTER TABLE "Post" RENAME TO "Article";
ALTER TABLE "Article" RENAME COLUMN "content" TO "body";
ALTER TABLE "Article" RENAME CONSTRAINT "Post_pkey" TO "Article_pkey";
ALTER TABLE "Article" RENAME CONSTRAINT "Post_authorId_fkey" TO "Article_authorId_fkey";
ALTER INDEX "Post_authorId_idx" RENAME TO "Article_authorId_idx";
ALTER SEQUENCE "Post_id_seq" RENAME TO "Article_id_seq";
