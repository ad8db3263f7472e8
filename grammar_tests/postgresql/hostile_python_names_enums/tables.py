import enum

from sqlalchemy import Column, DateTime, Enum, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text, Uuid

metadata = MetaData()


class DateTime(str, enum.Enum):
    X = 'x'
    Y = 'y'


class Digits(str, enum.Enum):
    _١ = '١'
    _１ = '１'
    _1 = '1'


class Enum(str, enum.Enum):
    A = 'a'
    B = 'b'


class Role(str, enum.Enum):
    ADMIN = 'admin'
    USER = 'user'


t_later = Table(
    'later', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('r', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE')),
    PrimaryKeyConstraint('id', name='later_pkey')
)

t_role = Table(
    'role', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('kind', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE')),
    Column('name', Text),
    PrimaryKeyConstraint('id', name='role_pkey')
)

t_account = Table(
    'account', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('role_id', Integer),
    Column('role', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE'), nullable=False),
    Column('uuid', Uuid),
    Column('int', Integer),
    Column('e', Enum(Enum, values_callable=lambda cls: [member.value for member in cls], name='enum')),
    Column('dt', Enum(DateTime, values_callable=lambda cls: [member.value for member in cls], name='date_time')),
    Column('created', DateTime),
    Column('d', Enum(Digits, values_callable=lambda cls: [member.value for member in cls], name='digits')),
    ForeignKeyConstraint(['role_id'], ['role.id'], name='account_role_id_fkey'),
    PrimaryKeyConstraint('id', name='account_pkey')
)
