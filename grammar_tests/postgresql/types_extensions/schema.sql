CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE t2 (
  id int PRIMARY KEY,
  a int8range, b numrange, c tsrange, d tstzrange,
  e int4multirange, f datemultirange, g nummultirange,
  h tsquery, i regconfig, j regclass, k "char", l name, m macaddr8,
  n citext, o hstore, p numeric(5), q numeric(7,3), r timestamp(0), s time(6) with time zone,
  t varchar, u bit varying, v interval year, w interval(2), x float(24), y float(25),
  z decimal(10,2)[], aa uuid[], ab timestamptz[], ac varchar(20)[], ad character varying(5) COLLATE "C",
  ae text COLLATE "POSIX", af int2vector, ag txid_snapshot, ah pg_lsn, ai box, aj line
);
