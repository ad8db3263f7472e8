CREATE TABLE t (
 id INTEGER PRIMARY KEY,
 a1 double(8,3), a2 double(8), a3 double(8,0), a4 double(0,1), a5 double(-3,+2),
 b1 float(8,2), b2 float(0,1), b3 real(5,0), b4 doub(3,4),
 c1 datetime(6), c2 datetime(0), c3 time(3), c4 timestamp(6), c5 date(3), c6 datetime(1,2),
 d1 decimal(10,2), d4 numeric(0,2), d5 numeric(10,0), d6 foo(1,2), d7 numeric(0,0),
 e2 char(0), e5 nchar(2), e6 clob(3), e8 text(0),
 f1 boolean(1), f2 boolean(0,3), f3 bool(1,2), f4 json(1), f5 jsonb(0), f6 jsonb, f7 boolean(2,0),
 g1 blob(10), g2 blob(0), g3 blob(1,2), g4 bigint(20), g5 smallint(3), g6 int(11)
);
