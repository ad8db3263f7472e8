from sqlalchemy import Column, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import CHAR, INTEGER, TEXT, VARCHAR

metadata = MetaData()


t_m10 = Table(
    'm10', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('t', Text),
    Column('v', String(10))
)

t_m12 = Table(
    'm12', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('other', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_unicode_520_ci')),
    Column('u', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_uca1400_ai_ci'))
)

t_m13 = Table(
    'm13', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', String(10))
)

t_m14 = Table(
    'm14', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', VARCHAR(10, charset='ascii', collation='ascii_general_ci')),
    Column('b', CHAR(3, charset='utf8mb4', collation='utf8mb4_bin')),
    Column('c', TEXT(charset='utf8mb4', collation='utf8mb4_general_ci'))
)
