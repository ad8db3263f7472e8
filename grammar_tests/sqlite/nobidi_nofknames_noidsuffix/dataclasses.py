from typing import Optional

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Teams(Base):
    __tablename__ = 'teams'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)


class Players(Base):
    __tablename__ = 'players'
    __table_args__ = (
        ForeignKeyConstraint(['captain_of_id'], ['teams.id'], name='fk_players_captain'),
    )

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey('teams.id'))
    captain_of_id: Mapped[Optional[int]] = mapped_column(Integer)

    teams: Mapped[Optional['Teams']] = relationship('Teams', foreign_keys=[captain_of_id])
    teams_: Mapped[Optional['Teams']] = relationship('Teams', foreign_keys=[team_id])
