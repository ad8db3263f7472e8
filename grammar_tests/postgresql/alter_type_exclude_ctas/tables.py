import enum

from sqlalchemy import BigInteger, CheckConstraint, Column, Enum, Identity, Index, Integer, MetaData, PrimaryKeyConstraint, Table, text
from sqlalchemy.dialects.postgresql import TSRANGE
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


class Mood(str, enum.Enum):
    SAD = 'sad'
    MEH = 'meh'
    OK = 'ok'
    HAPPY = 'happy'


class PostStatus(str, enum.Enum):
    DRAFT = 'draft'
    ARCHIVED = 'archived'
    PUBLISHED = 'published'


t_cta = Table(
    'cta', metadata,
    Column('id', Integer),
    Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))
)

t_ex = Table(
    'ex', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('b', Integer),
    PrimaryKeyConstraint('id', name='ex_pkey')
)

t_nv = Table(
    'nv', metadata,
    Column('id', Integer, primary_key=True),
    Column('q', BigInteger),
    CheckConstraint('q > 0', name='q_pos'),
    PrimaryKeyConstraint('id', name='nv_pkey'),
    Index('nv_q', 'q')
)

t_post = Table(
    'post', metadata,
    Column('id', Integer, primary_key=True),
    Column('s', Enum(PostStatus, values_callable=lambda cls: [member.value for member in cls], name='post_status'), nullable=False, server_default=text("'draft'::post_status")),
    PrimaryKeyConstraint('id', name='post_pkey')
)

t_r = Table(
    'r', metadata,
    Column('id', Integer, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('room', Integer),
    Column('during', TSRANGE),
    PrimaryKeyConstraint('id', name='r_pkey')
)

t_summary = Table(
    'summary', metadata,
    Column('n', BigInteger),
    Column('total', BigInteger)
)

t_u = Table(
    'u', metadata,
    Column('id', Integer, primary_key=True),
    Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')),
    PrimaryKeyConstraint('id', name='u_pkey')
)

t_usesp = Table(
    'usesp', metadata,
    Column('id', Integer, primary_key=True),
    Column('p', NullType),
    PrimaryKeyConstraint('id', name='usesp_pkey')
)
