from sqlalchemy import Column, Double, Float, MetaData, Table, text
from sqlalchemy.dialects.mysql import DOUBLE, FLOAT, INTEGER

metadata = MetaData()


t_measure = Table(
    'measure', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('price', DOUBLE(8, 2), nullable=False, server_default=text('0.00')),
    Column('weight', DOUBLE(8, 2), nullable=False, server_default=text('0.00')),
    Column('ratio', FLOAT(5, 3), server_default=text('1.500')),
    Column('delta', FLOAT(7, 4), server_default=text('-2.5000')),
    Column('scaled', DOUBLE(6, 2), server_default=text('3.00')),
    Column('rounded', DOUBLE(8, 0), server_default=text('2')),
    Column('precise', DOUBLE(10, 3), server_default=text('1.235')),
    Column('single', FLOAT(10, 2), server_default=text('12345.68')),
    Column('plain', Double(asdecimal=True), server_default=text('0.5')),
    Column('huge', Double(asdecimal=True), server_default=text('1e15')),
    Column('below', Double(asdecimal=True), server_default=text('100000000000000')),
    Column('long_digits', Double(asdecimal=True), server_default=text('1.2345678901234568e17')),
    Column('tiny', Double(asdecimal=True), server_default=text('1e-16')),
    Column('small', Double(asdecimal=True), server_default=text('0.00000015')),
    Column('short_float', Float, server_default=text('123457000')),
    Column('float_exp', Float, server_default=text('3.4e38')),
    Column('float_frac', Float, server_default=text('12345.7'))
)
