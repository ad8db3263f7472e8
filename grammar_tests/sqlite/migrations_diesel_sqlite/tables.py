from sqlalchemy import Boolean, Column, ForeignKey, Integer, MetaData, TIMESTAMP, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_sources = Table(
    'sources', metadata,
    Column('id', Integer, primary_key=True),
    Column('feed_url', Text, nullable=False, unique=True),
    Column('title', Text)
)

t_entries = Table(
    'entries', metadata,
    Column('id', Integer, primary_key=True),
    Column('feed_id', ForeignKey('sources.id'), nullable=False),
    Column('guid', Text, nullable=False),
    Column('read', Boolean, nullable=False, server_default=text('0')),
    Column('fetched_at', TIMESTAMP),
    UniqueConstraint('feed_id', 'guid')
)
