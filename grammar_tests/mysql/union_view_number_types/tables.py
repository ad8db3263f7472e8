from sqlalchemy import Column, DECIMAL, Float, MetaData, Table, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DECIMAL, FLOAT, INTEGER, MEDIUMINT, SMALLINT, TINYINT, YEAR

metadata = MetaData()


t_null_first = Table(
    'null_first', metadata,
    Column('m', BIGINT(9)),
    Column('u', DECIMAL(20, 0)),
    Column('y', YEAR(4))
)

t_num_union = Table(
    'num_union', metadata,
    Column('a', DECIMAL(5, 0), server_default=text("'0'")),
    Column('b', INTEGER(4), server_default=text("'0'")),
    Column('c', SMALLINT(5, unsigned=True), server_default=text("'0'")),
    Column('d', DECIMAL(4, 0), server_default=text("'0'")),
    Column('e', DECIMAL(9, 2), server_default=text("'0.00'")),
    Column('g', FLOAT(7, 3), server_default=text("'0.000'")),
    Column('h', Float),
    Column('i', MEDIUMINT(9)),
    Column('j', BIT(3), server_default=text("'b''0'''")),
    Column('k', DECIMAL(20, 6)),
    Column('l', DECIMAL(11, 0), server_default=text("'0'"))
)

t_nums = Table(
    'nums', metadata,
    Column('tiny', TINYINT(1), nullable=False),
    Column('small_u', SMALLINT(5, unsigned=True), nullable=False),
    Column('medium', MEDIUMINT(9)),
    Column('big_u', BIGINT(20, unsigned=True)),
    Column('yr', YEAR(4), nullable=False),
    Column('price', DECIMAL(6, 2), nullable=False),
    Column('ratio', DECIMAL(20, 6, unsigned=True), nullable=False),
    Column('f', FLOAT(7, 3), nullable=False),
    Column('plain_f', Float),
    Column('flags', BIT(3), nullable=False)
)
