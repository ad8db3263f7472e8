-- Names and text whose characters Rust and Python 3.11 classify differently.
CREATE TABLE "वस्तु" (
  id serial PRIMARY KEY,
  "नाम" text,
  note text
);
COMMENT ON COLUMN "वस्तु".note IS 'soft­hyphen zero​width word⁠joiner é ͸';
