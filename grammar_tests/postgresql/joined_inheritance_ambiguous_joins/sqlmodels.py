from typing import Optional
import decimal

from sqlalchemy import Column, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Person(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='person_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    mentee_mentor: list['Mentee'] = Relationship(back_populates='mentor', sa_relationship_kwargs={'foreign_keys': '[Mentee.mentor_id]'})


class Employee(Person, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['boss_id'], ['employee.id'], name='employee_boss_id_fkey'),
        ForeignKeyConstraint(['id'], ['person.id'], name='employee_id_fkey'),
        PrimaryKeyConstraint('id', name='employee_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    salary: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('salary', Numeric(10, 2)))
    boss_id: Optional[int] = Field(default=None, sa_column=Column('boss_id', Integer))

    boss: Optional['Employee'] = Relationship(back_populates='boss_reverse', sa_relationship_kwargs={'remote_side': '[Employee.id]'})
    boss_reverse: list['Employee'] = Relationship(back_populates='boss', sa_relationship_kwargs={'remote_side': '[Employee.boss_id]'})


class Manager(Person, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['person.id'], name='manager_id_fkey'),
        PrimaryKeyConstraint('id', name='manager_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))

    engineer: list['Engineer'] = Relationship(back_populates='manager')


class Mentee(Person, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['person.id'], name='mentee_id_fkey'),
        ForeignKeyConstraint(['mentor_id'], ['person.id'], name='mentee_mentor_id_fkey'),
        PrimaryKeyConstraint('id', name='mentee_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    mentor_id: Optional[int] = Field(default=None, sa_column=Column('mentor_id', Integer))

    mentor: Optional['Person'] = Relationship(back_populates='mentee_mentor', sa_relationship_kwargs={'foreign_keys': '[Mentee.mentor_id]'})


class Engineer(Person, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['person.id'], name='engineer_id_fkey'),
        ForeignKeyConstraint(['manager_id'], ['manager.id'], name='engineer_manager_id_fkey'),
        PrimaryKeyConstraint('id', name='engineer_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    skill: Optional[str] = Field(default=None, sa_column=Column('skill', Text))
    manager_id: Optional[int] = Field(default=None, sa_column=Column('manager_id', Integer))

    manager: Optional['Manager'] = Relationship(back_populates='engineer')
