from typing import Optional
import enum

from sqlalchemy import Column, Enum, Index, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlmodel import Field, SQLModel

class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'


class State(str, enum.Enum):
    ON = 'on'
    OFF = 'off'


class Artifact(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='artifact_pkey'),
        UniqueConstraint('digest', name='artifact_digest_key'),
        Index('artifact_repository_idx', 'repository')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    digest: Optional[str] = Field(default=None, sa_column=Column('digest', String(255)))
    repository: Optional[str] = Field(default=None, sa_column=Column('repository', String(255)))


class Blob(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='blob_pkey'),
        Index('blob_feeling_idx', 'feeling')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    feeling: Optional[Mood] = Field(default=None, sa_column=Column('feeling', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')))
    power: Optional[State] = Field(default=None, sa_column=Column('power', Enum(State, values_callable=lambda cls: [member.value for member in cls], name='state')))
