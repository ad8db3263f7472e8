from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Teams(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))

    players: list['Players'] = Relationship(back_populates='teams', sa_relationship_kwargs={'foreign_keys': '[Players.captain_of_id]'})
    players_: list['Players'] = Relationship(back_populates='teams_', sa_relationship_kwargs={'foreign_keys': '[Players.team_id]'})


class Players(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['captain_of_id'], ['teams.id'], name='fk_players_captain'),
        ForeignKeyConstraint(['team_id'], ['teams.id'], name='players_ibfk_1'),
        Index('fk_players_captain', 'captain_of_id'),
        Index('team_id', 'team_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))
    team_id: Optional[int] = Field(default=None, sa_column=Column('team_id', INTEGER(11)))
    captain_of_id: Optional[int] = Field(default=None, sa_column=Column('captain_of_id', INTEGER(11)))

    teams: Optional['Teams'] = Relationship(back_populates='players', sa_relationship_kwargs={'foreign_keys': '[Players.captain_of_id]'})
    teams_: Optional['Teams'] = Relationship(back_populates='players_', sa_relationship_kwargs={'foreign_keys': '[Players.team_id]'})
