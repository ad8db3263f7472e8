from sqlalchemy import BigInteger, Boolean, Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, SmallInteger, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', String(20), nullable=False),
    Column('score', BigInteger, nullable=False, server_default=text('0')),
    Column('avatar', Text),
    PrimaryKeyConstraint('id', name='person_pkey')
)

t_vote_view = Table(
    'vote_view', metadata,
    Column('id', Integer),
    Column('name', String(20)),
    Column('pic', Text),
    Column('count', BigInteger),
    Column('my_vote', Integer),
    Column('person_score', BigInteger),
    Column('exists', Boolean),
    Column('case', Text),
    Column('array', ARRAY(Integer())),
    Column('int4', Integer),
    Column('score', BigInteger),
    Column('?column?', Integer)
)

t_vote = Table(
    'vote', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('person_id', Integer),
    Column('post_id', Integer),
    Column('score', SmallInteger, nullable=False),
    ForeignKeyConstraint(['person_id'], ['person.id'], name='vote_person_id_fkey'),
    PrimaryKeyConstraint('id', name='vote_pkey')
)
