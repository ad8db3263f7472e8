from sqlalchemy import Column, Date, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_branches = Table(
    'branches', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('city_name', String(100), nullable=False),
    Column('opened_on', Date)
)

t_employees = Table(
    'employees', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('branch_id', INTEGER(11), nullable=False),
    Column('name', String(120), nullable=False),
    Column('hired_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Column('role', String(20), nullable=False, server_default=text("'clerk'")),
    Column('manager_id', INTEGER(11)),
    ForeignKeyConstraint(['branch_id'], ['branches.id'], name='employees_branch_fk'),
    ForeignKeyConstraint(['manager_id'], ['employees.id'], name='employees_manager_fk'),
    Index('employees_branch_fk', 'branch_id'),
    Index('employees_manager_fk', 'manager_id')
)
