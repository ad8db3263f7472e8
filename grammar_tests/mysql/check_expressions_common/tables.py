from sqlalchemy import CHAR, CheckConstraint, Column, DECIMAL, Date, Float, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_k = Table(
    'k', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('email', String(100)),
    Column('status', String(20)),
    Column('price', DECIMAL(10, 2)),
    Column('qty', INTEGER(11)),
    Column('starts', Date),
    Column('ends', Date),
    Column('code', CHAR(3)),
    Column('pct', Float),
    Column('flag', TINYINT(1)),
    Column('name', String(50)),
    CheckConstraint("`email` like '%%@%%'", name='CONSTRAINT_16'),
    CheckConstraint("`email` regexp '^[^@]+@[^@]+$'", name='CONSTRAINT_1'),
    CheckConstraint('`ends` - `starts` < 30', name='CONSTRAINT_23'),
    CheckConstraint('`ends` > `starts` or `ends` is null', name='CONSTRAINT_5'),
    CheckConstraint('`flag` in (0,1)', name='CONSTRAINT_8'),
    CheckConstraint("`name` <> ''", name='CONSTRAINT_9'),
    CheckConstraint('`pct` >= 0.0 and `pct` <= 1.0', name='CONSTRAINT_7'),
    CheckConstraint('`price` * `qty` < 1e9', name='CONSTRAINT_13'),
    CheckConstraint('`price` <=> 0 = 0', name='CONSTRAINT_25'),
    CheckConstraint('`price` >= 0 and `price` < 1000000', name='CONSTRAINT_3'),
    CheckConstraint('`qty` >= 0', name='CONSTRAINT_10'),
    CheckConstraint('`qty` MOD 2 = 0', name='CONSTRAINT_18'),
    CheckConstraint('`qty` MOD 3 <> 1', name='CONSTRAINT_19'),
    CheckConstraint('`qty` between 1 and 100', name='CONSTRAINT_4'),
    CheckConstraint("`starts` >= '2000-01-01'", name='CONSTRAINT_14'),
    CheckConstraint("`status` <> 'x' and `qty` is not null", name='CONSTRAINT_24'),
    CheckConstraint("`status` <> 'z'", name='CONSTRAINT_17'),
    CheckConstraint("`status` in ('a','b','c')", name='CONSTRAINT_2'),
    CheckConstraint('abs(`qty`) < 10', name='CONSTRAINT_20'),
    CheckConstraint('case when `qty` > 5 then `price` > 1 else 1 end', name='CONSTRAINT_27'),
    CheckConstraint('char_length(`code`) = 3', name='CONSTRAINT_6'),
    CheckConstraint('coalesce(`qty`,0) >= 0', name='CONSTRAINT_12'),
    CheckConstraint('if(`qty` > 0,1,0) = 1', name='CONSTRAINT_26'),
    CheckConstraint('json_valid(`name`)', name='CONSTRAINT_22'),
    CheckConstraint('lcase(`email`) = `email`', name='CONSTRAINT_11'),
    CheckConstraint('octet_length(trim(`name`)) > 0', name='CONSTRAINT_15'),
    CheckConstraint("substr(`code`,1,1) = 'A'", name='CONSTRAINT_21')
)
