from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Teams(Base):
    __tablename__ = 'teams'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)

    players: Mapped[list['Players']] = relationship('Players', foreign_keys='[Players.captain_of_id]', back_populates='teams')
    players_: Mapped[list['Players']] = relationship('Players', foreign_keys='[Players.team_id]', back_populates='teams_')


class Players(Base):
    __tablename__ = 'players'
    __table_args__ = (
        ForeignKeyConstraint(['captain_of_id'], ['teams.id'], name='fk_players_captain'),
        ForeignKeyConstraint(['team_id'], ['teams.id'], name='players_ibfk_1'),
        Index('fk_players_captain', 'captain_of_id'),
        Index('team_id', 'team_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    team_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    captain_of_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    teams: Mapped[Optional['Teams']] = relationship('Teams', foreign_keys=[captain_of_id], back_populates='players')
    teams_: Mapped[Optional['Teams']] = relationship('Teams', foreign_keys=[team_id], back_populates='players_')
