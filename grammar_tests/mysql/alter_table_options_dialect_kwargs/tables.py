from sqlalchemy import Column, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMTEXT, TEXT, VARCHAR

metadata = MetaData()


t_t1 = Table(
    't1', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', String(20)),
    Column('b', MEDIUMTEXT),
    Column('c', Text),
    Column('d', String(10)),
    mysql_collate='utf8mb4_unicode_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)

t_t2 = Table(
    't2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', VARCHAR(20, charset='utf8mb4', collation='utf8mb4_general_ci')),
    Column('b', TEXT(charset='utf8mb4', collation='utf8mb4_general_ci')),
    Column('c', String(5)),
    mysql_collate='latin1_swedish_ci',
    mysql_default charset='latin1',
    mysql_engine='InnoDB'
)

t_t3 = Table(
    't3', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', VARCHAR(20, charset='utf8mb4', collation='utf8mb4_general_ci')),
    Column('b', String(5)),
    comment='new comment',
    mysql_collate='utf8mb4_bin',
    mysql_comment='new comment',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)

t_t4 = Table(
    't4', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', String(20)),
    mysql_collate='utf8mb4_general_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)
