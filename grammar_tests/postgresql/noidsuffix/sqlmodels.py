from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Teams(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='teams_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    players_captain_of: list['Players'] = Relationship(back_populates='teams', sa_relationship_kwargs={'foreign_keys': '[Players.captain_of_id]'})
    players_team: list['Players'] = Relationship(back_populates='teams_', sa_relationship_kwargs={'foreign_keys': '[Players.team_id]'})


class Players(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['captain_of_id'], ['teams.id'], name='players_captain_of_id_fkey'),
        ForeignKeyConstraint(['team_id'], ['teams.id'], name='players_team_id_fkey'),
        PrimaryKeyConstraint('id', name='players_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    team_id: Optional[int] = Field(default=None, sa_column=Column('team_id', Integer))
    captain_of_id: Optional[int] = Field(default=None, sa_column=Column('captain_of_id', Integer))

    teams: Optional['Teams'] = Relationship(back_populates='players_captain_of', sa_relationship_kwargs={'foreign_keys': '[Players.captain_of_id]'})
    teams_: Optional['Teams'] = Relationship(back_populates='players_team', sa_relationship_kwargs={'foreign_keys': '[Players.team_id]'})
