import enum

from sqlalchemy import Column, Enum, Integer, MetaData, PrimaryKeyConstraint, Table

metadata = MetaData()


class A(b(str, enum.Enum):
    Y = 'y'


class Z.e al(str, enum.Enum):
    X = 'x'


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('c', Enum(Z.e al, values_callable=lambda cls: [member.value for member in cls], name='z.e al')),
    PrimaryKeyConstraint('id', name='t_pkey')
)

t_u = Table(
    'u', metadata,
    Column('id', Integer, primary_key=True),
    Column('c', Enum(A(b, values_callable=lambda cls: [member.value for member in cls], name='a(b')),
    PrimaryKeyConstraint('id', name='u_pkey')
)
