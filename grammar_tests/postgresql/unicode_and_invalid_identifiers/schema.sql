CREATE TABLE "café" (
    id serial PRIMARY KEY,
    "naïve name" text NOT NULL,
    "größe" integer
);
CREATE TABLE "order items" (
    id serial PRIMARY KEY,
    "café_id" integer REFERENCES "café" (id),
    "2nd-choice" integer REFERENCES "café" (id),
    "import" boolean DEFAULT false,
    "def" text
);
CREATE TABLE "2fa-codes" (
    code char(6) PRIMARY KEY,
    "for" integer NOT NULL REFERENCES "order items" (id),
    "None" text
);
CREATE TABLE "import" (
    "class" integer PRIMARY KEY,
    "lambda" text,
    "self" text
);
