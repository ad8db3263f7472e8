-- Edited by hand: rename instead of drop and create.
ALTER TABLE "List" RENAME TO "Project";
ALTER TABLE "Task" RENAME COLUMN "listId" TO "projectId";
DROP INDEX "List_name_key";
CREATE UNIQUE INDEX "Project_name_key" ON "Project"("name");

-- CreateTable
CREATE TABLE "Label" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "text" TEXT NOT NULL,
    "projectId" INTEGER NOT NULL,
    CONSTRAINT "Label_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
