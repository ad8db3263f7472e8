from sqlalchemy import CheckConstraint, Column, Integer, MetaData, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_open_task = Table(
    'open_task', metadata,
    Column('id', Integer),
    Column('unowned', NullType)
)

t_task = Table(
    'task', metadata,
    Column('id', Integer, primary_key=True),
    Column('done_at', Text),
    Column('owner', Text),
    CheckConstraint('done_at ISNULL OR owner NOTNULL'),
    CheckConstraint('owner NOT NULL OR done_at ISNULL', name='owner_set')
)
