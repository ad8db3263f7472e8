CREATE TABLE "café" (
    id INTEGER PRIMARY KEY,
    "naïve name" TEXT NOT NULL,
    "größe" INTEGER
);
CREATE TABLE "order items" (
    id INTEGER PRIMARY KEY,
    "café_id" INTEGER REFERENCES "café" (id),
    "2nd-choice" INTEGER REFERENCES "café" (id),
    "import" BOOLEAN DEFAULT 0,
    "def" TEXT
);
CREATE TABLE [2fa-codes] (
    code TEXT PRIMARY KEY NOT NULL,
    `for` INTEGER NOT NULL REFERENCES "order items" (id),
    "None" TEXT
);
CREATE TABLE "import" (
    "class" INTEGER PRIMARY KEY,
    "lambda" TEXT,
    "self" TEXT
);
