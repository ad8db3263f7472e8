from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='person_pkey')
)

t_employee = Table(
    'employee', metadata,
    Column('id', Integer, primary_key=True),
    Column('salary', Numeric(10, 2)),
    Column('boss_id', Integer),
    ForeignKeyConstraint(['boss_id'], ['employee.id'], name='employee_boss_id_fkey'),
    ForeignKeyConstraint(['id'], ['person.id'], name='employee_id_fkey'),
    PrimaryKeyConstraint('id', name='employee_pkey')
)

t_manager = Table(
    'manager', metadata,
    Column('id', Integer, primary_key=True),
    Column('level', Integer),
    ForeignKeyConstraint(['id'], ['person.id'], name='manager_id_fkey'),
    PrimaryKeyConstraint('id', name='manager_pkey')
)

t_mentee = Table(
    'mentee', metadata,
    Column('id', Integer, primary_key=True),
    Column('note', Text),
    Column('mentor_id', Integer),
    ForeignKeyConstraint(['id'], ['person.id'], name='mentee_id_fkey'),
    ForeignKeyConstraint(['mentor_id'], ['person.id'], name='mentee_mentor_id_fkey'),
    PrimaryKeyConstraint('id', name='mentee_pkey')
)

t_engineer = Table(
    'engineer', metadata,
    Column('id', Integer, primary_key=True),
    Column('skill', Text),
    Column('manager_id', Integer),
    ForeignKeyConstraint(['id'], ['person.id'], name='engineer_id_fkey'),
    ForeignKeyConstraint(['manager_id'], ['manager.id'], name='engineer_manager_id_fkey'),
    PrimaryKeyConstraint('id', name='engineer_pkey')
)
