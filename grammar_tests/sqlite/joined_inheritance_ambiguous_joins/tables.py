from sqlalchemy import Column, ForeignKey, Integer, MetaData, Numeric, Table, Text

metadata = MetaData()


t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False)
)

t_employee = Table(
    'employee', metadata,
    Column('id', ForeignKey('person.id'), primary_key=True),
    Column('salary', Numeric(10, 2)),
    Column('boss_id', ForeignKey('employee.id'))
)

t_manager = Table(
    'manager', metadata,
    Column('id', ForeignKey('person.id'), primary_key=True),
    Column('level', Integer)
)

t_mentee = Table(
    'mentee', metadata,
    Column('id', ForeignKey('person.id'), primary_key=True),
    Column('note', Text),
    Column('mentor_id', ForeignKey('person.id'))
)

t_engineer = Table(
    'engineer', metadata,
    Column('id', ForeignKey('person.id'), primary_key=True),
    Column('skill', Text),
    Column('manager_id', ForeignKey('manager.id'))
)
