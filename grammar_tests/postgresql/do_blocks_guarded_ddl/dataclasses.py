from typing import Optional
import enum

from sqlalchemy import Enum, Index, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'


class State(str, enum.Enum):
    ON = 'on'
    OFF = 'off'


class Artifact(Base):
    __tablename__ = 'artifact'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='artifact_pkey'),
        UniqueConstraint('digest', name='artifact_digest_key'),
        Index('artifact_repository_idx', 'repository')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    digest: Mapped[Optional[str]] = mapped_column(String(255))
    repository: Mapped[Optional[str]] = mapped_column(String(255))


class Blob(Base):
    __tablename__ = 'blob'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='blob_pkey'),
        Index('blob_feeling_idx', 'feeling')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    feeling: Mapped[Optional[Mood]] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))
    power: Mapped[Optional[State]] = mapped_column(Enum(State, values_callable=lambda cls: [member.value for member in cls], name='state'))
