from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Name(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['name_id'], ['name.id'], name='name_name_id_fkey'),
        PrimaryKeyConstraint('id', name='name_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    Name: Optional[str] = Field(default=None, sa_column=Column('Name', Text))
    name_id: Optional[int] = Field(default=None, sa_column=Column('name_id', Integer))

    name: Optional['Name'] = Relationship(back_populates='name_reverse', sa_relationship_kwargs={'remote_side': '[Name.id]'})
    name_reverse: list['Name'] = Relationship(back_populates='name', sa_relationship_kwargs={'remote_side': '[Name.name_id]'})
