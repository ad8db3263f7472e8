from sqlalchemy import BigInteger, CheckConstraint, Column, Double, Integer, MetaData, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, Table, text
from sqlalchemy.dialects.postgresql import MONEY

metadata = MetaData()


t_measurements = Table(
    'measurements', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('tiny', SmallInteger, nullable=False, server_default=text('0')),
    Column('count', Integer, nullable=False, server_default=text('1')),
    Column('big', BigInteger, server_default=text("'9223372036854775807'::bigint")),
    Column('price', Numeric(12, 2), nullable=False, server_default=text('0.00')),
    Column('rate', Numeric(5, 4), server_default=text('0.0125')),
    Column('whole', Numeric(10, 0), server_default=text('10')),
    Column('unbounded', Numeric),
    Column('ratio', REAL, server_default=text('0.5')),
    Column('precise', Double(53), server_default=text("'-15000000000'::numeric")),
    Column('float4_col', REAL),
    Column('float8_col', Double(53)),
    Column('float_p', REAL),
    Column('float_p2', Double(53)),
    Column('cost', MONEY, server_default=text('0')),
    Column('int2_col', SmallInteger),
    Column('int8_col', BigInteger),
    CheckConstraint('int8_col <> 0', name='measurements_int8_col_check'),
    CheckConstraint('price >= 0::numeric', name='measurements_price_positive'),
    CheckConstraint('rate >= 0::numeric AND rate <= 1::numeric', name='measurements_rate_check'),
    PrimaryKeyConstraint('id', name='measurements_pkey')
)
