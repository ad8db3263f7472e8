from sqlalchemy import Column, MetaData, String, Table
from sqlalchemy.dialects.mysql import CHAR, INTEGER, LONGTEXT, TEXT, VARCHAR

metadata = MetaData()


t_latin = Table(
    'latin', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', String(10)),
    Column('b', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_general_ci')),
    Column('c', TEXT(charset='latin1', collation='latin1_general_ci'))
)

t_uni = Table(
    'uni', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_bin')),
    Column('b', CHAR(3, charset='ascii', collation='ascii_general_ci')),
    Column('c', CHAR(2, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('d', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
)
