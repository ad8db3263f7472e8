from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Nodes(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', ForeignKey('nodes.id')))

    parent: Optional['Nodes'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Nodes.id]'})
    parent_reverse: list['Nodes'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Nodes.parent_id]'})


class Users(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, ForeignKey('users.id'), primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    users: Optional['Users'] = Relationship(back_populates='users_reverse', sa_relationship_kwargs={'uselist': False, 'remote_side': '[Users.id]'})
    users_reverse: Optional['Users'] = Relationship(back_populates='users', sa_relationship_kwargs={'uselist': False, 'remote_side': '[Users.id]'})
