from typing import Optional

from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Teams(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))


class Players(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['captain_of_id'], ['teams.id'], name='fk_players_captain'),
    )

    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    team_id: Optional[int] = Field(default=None, sa_column=Column('team_id', ForeignKey('teams.id')))
    captain_of_id: Optional[int] = Field(default=None, sa_column=Column('captain_of_id', Integer))

    teams: Optional['Teams'] = Relationship(sa_relationship_kwargs={'foreign_keys': '[Players.captain_of_id]'})
    teams_: Optional['Teams'] = Relationship(sa_relationship_kwargs={'foreign_keys': '[Players.team_id]'})
