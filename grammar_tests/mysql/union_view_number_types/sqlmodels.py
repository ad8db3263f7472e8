from sqlalchemy import Column, DECIMAL, Float, Table
from sqlalchemy.dialects.mysql import BIGINT, BIT, DECIMAL, FLOAT, MEDIUMINT, SMALLINT, TINYINT, YEAR
from sqlmodel import SQLModel

t_nums = Table(
    'nums', SQLModel.metadata,
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
