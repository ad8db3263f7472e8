from sqlalchemy import Column, MetaData, Table
from sqlalchemy.dialects.mysql import CHAR, INTEGER, TEXT, VARCHAR

metadata = MetaData()


t_b = Table(
    'b', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', CHAR(10, charset='utf8mb4', collation='utf8mb4_bin')),
    Column('b', VARCHAR(20, charset='utf8mb4', collation='utf8mb4_bin'), nullable=False),
    Column('c', TEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    Column('d', VARCHAR(5, charset='latin1', collation='latin1_bin'))
)

t_b2 = Table(
    'b2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', VARCHAR(10, charset='latin1', collation='latin1_bin'))
)

t_n = Table(
    'n', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', VARCHAR(10, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('b', CHAR(5, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('c', VARCHAR(7, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('d', CHAR(3, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('e', VARCHAR(9, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('f', CHAR(1, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('g', VARCHAR(4, charset='utf8mb3', collation='utf8mb3_bin')),
    Column('h', VARCHAR(6, charset='utf8mb3', collation='utf8mb3_general_ci'))
)
