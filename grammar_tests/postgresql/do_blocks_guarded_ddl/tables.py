import enum

from sqlalchemy import Column, Enum, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, UniqueConstraint

metadata = MetaData()


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'


class State(str, enum.Enum):
    ON = 'on'
    OFF = 'off'


t_artifact = Table(
    'artifact', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('digest', String(255)),
    Column('repository', String(255)),
    PrimaryKeyConstraint('id', name='artifact_pkey'),
    UniqueConstraint('digest', name='artifact_digest_key'),
    Index('artifact_repository_idx', 'repository')
)

t_blob = Table(
    'blob', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('feeling', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')),
    Column('power', Enum(State, values_callable=lambda cls: [member.value for member in cls], name='state')),
    PrimaryKeyConstraint('id', name='blob_pkey'),
    Index('blob_feeling_idx', 'feeling')
)
