import enum

from sqlalchemy import Column, Enum, Integer, MetaData, PrimaryKeyConstraint, Table
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


class A)b((str, enum.Enum):
    X = 'x'


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('m', NullType),
    Column('ms', NullType),
    Column('b', Enum(A)b(, values_callable=lambda cls: [member.value for member in cls], name='a)b(')),
    Column('q', NullType),
    Column('p', NullType),
    PrimaryKeyConstraint('id', name='t_pkey')
)
