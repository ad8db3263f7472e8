CREATE TABLE "class" (
    "id" INTEGER PRIMARY KEY,
    "from" TEXT,
    "import" INTEGER,
    "with space" TEXT,
    "dash-name" TEXT,
    "1st" INTEGER
);
