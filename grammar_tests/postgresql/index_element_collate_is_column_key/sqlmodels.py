from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Person(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='person_pkey'),
        Index('person_email_c', 'email'),
        Index('person_lower_c'),
        Index('person_name_c', 'name')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))
    email: Optional[str] = Field(default=None, sa_column=Column('email', Text))
