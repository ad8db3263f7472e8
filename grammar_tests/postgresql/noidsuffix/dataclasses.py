from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Teams(Base):
    __tablename__ = 'teams'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='teams_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    players_captain_of: Mapped[list['Players']] = relationship('Players', foreign_keys='[Players.captain_of_id]', back_populates='teams')
    players_team: Mapped[list['Players']] = relationship('Players', foreign_keys='[Players.team_id]', back_populates='teams_')


class Players(Base):
    __tablename__ = 'players'
    __table_args__ = (
        ForeignKeyConstraint(['captain_of_id'], ['teams.id'], name='players_captain_of_id_fkey'),
        ForeignKeyConstraint(['team_id'], ['teams.id'], name='players_team_id_fkey'),
        PrimaryKeyConstraint('id', name='players_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    team_id: Mapped[Optional[int]] = mapped_column(Integer)
    captain_of_id: Mapped[Optional[int]] = mapped_column(Integer)

    teams: Mapped[Optional['Teams']] = relationship('Teams', foreign_keys=[captain_of_id], back_populates='players_captain_of')
    teams_: Mapped[Optional['Teams']] = relationship('Teams', foreign_keys=[team_id], back_populates='players_team')
