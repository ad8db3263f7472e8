from sqlalchemy import Column, DECIMAL, Double, Float, MetaData, Table, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DOUBLE, FLOAT, INTEGER, MEDIUMINT, SMALLINT, TINYINT

metadata = MetaData()


t_measurements = Table(
    'measurements', metadata,
    Column('id', BIGINT(20), primary_key=True, autoincrement=True),
    Column('tiny', TINYINT(4), nullable=False, server_default=text('0')),
    Column('small', SMALLINT(6), server_default=text('-5')),
    Column('medium', MEDIUMINT(9)),
    Column('regular', INTEGER(11), nullable=False, server_default=text('1')),
    Column('price', DECIMAL(12, 2), nullable=False, server_default=text('0.00')),
    Column('rate', DECIMAL(5, 4), server_default=text('0.0125')),
    Column('whole', DECIMAL(10, 0)),
    Column('num', DECIMAL(8, 3)),
    Column('ratio', Float, server_default=text('0.5')),
    Column('ratio_p', FLOAT(7, 3)),
    Column('precise', Double(asdecimal=True), server_default=text('-15000000000')),
    Column('precise_p', DOUBLE(10, 2)),
    Column('real_col', Double(asdecimal=True)),
    Column('dp', Double(asdecimal=True)),
    Column('flag', TINYINT(1), nullable=False, server_default=text('1')),
    Column('flags', BIT(8)),
    Column('single_bit', BIT(1))
)
