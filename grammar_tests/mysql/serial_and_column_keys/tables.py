from sqlalchemy import Column, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_artist = Table(
    'artist', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('name', String(40), nullable=False),
    Index('id', 'id', unique=True)
)

t_seat = Table(
    'seat', metadata,
    Column('label', String(10), nullable=False),
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
)

t_show_item = Table(
    'show_item', metadata,
    Column('id', BIGINT(20, unsigned=True), nullable=False),
    Column('code', INTEGER(11), primary_key=True),
    Column('slug', String(20)),
    Index('id', 'id', unique=True),
    Index('id_2', 'id', 'slug', unique=True),
    Index('slug', 'slug', unique=True)
)

t_ticket = Table(
    'ticket', metadata,
    Column('ticket_no', INTEGER(11), primary_key=True),
    Column('seq', BIGINT(20, unsigned=True), nullable=False),
    Index('seq', 'seq', unique=True)
)

t_venue = Table(
    'venue', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('name', String(40), nullable=False)
)
