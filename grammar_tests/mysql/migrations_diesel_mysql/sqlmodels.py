from typing import Optional
import datetime

from sqlalchemy import Column, Date, DateTime, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Branches(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    city_name: str = Field(sa_column=Column('city_name', String(100), nullable=False))
    opened_on: Optional[datetime.date] = Field(default=None, sa_column=Column('opened_on', Date))

    employees: list['Employees'] = Relationship(back_populates='branch')


class Employees(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['branch_id'], ['branches.id'], name='employees_branch_fk'),
        ForeignKeyConstraint(['manager_id'], ['employees.id'], name='employees_manager_fk'),
        Index('employees_branch_fk', 'branch_id'),
        Index('employees_manager_fk', 'manager_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    branch_id: int = Field(sa_column=Column('branch_id', INTEGER(11), nullable=False))
    name: str = Field(sa_column=Column('name', String(120), nullable=False))
    hired_at: datetime.datetime = Field(sa_column=Column('hired_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
    role: str = Field(sa_column=Column('role', String(20), nullable=False, server_default=text("'clerk'")))
    manager_id: Optional[int] = Field(default=None, sa_column=Column('manager_id', INTEGER(11)))

    branch: 'Branches' = Relationship(back_populates='employees')
    manager: Optional['Employees'] = Relationship(back_populates='manager_reverse', sa_relationship_kwargs={'remote_side': '[Employees.id]'})
    manager_reverse: list['Employees'] = Relationship(back_populates='manager', sa_relationship_kwargs={'remote_side': '[Employees.manager_id]'})
