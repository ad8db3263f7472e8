from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_community = Table(
    'community', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='community_pkey')
)

t_post = Table(
    'post', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('community_id', Integer, nullable=False),
    Column('published', DateTime, nullable=False, server_default=text('now()')),
    ForeignKeyConstraint(['community_id'], ['community.id'], name='post_community_id_fkey'),
    PrimaryKeyConstraint('id', name='post_pkey')
)

t_post_aggregates = Table(
    'post_aggregates', metadata,
    Column('post_id', Integer, primary_key=True),
    Column('community_id', Integer, nullable=False),
    Column('published', DateTime, nullable=False),
    Column('score', Integer, nullable=False, server_default=text('0')),
    ForeignKeyConstraint(['community_id'], ['community.id'], name='post_aggregates_community_id_fkey'),
    ForeignKeyConstraint(['post_id'], ['post.id'], name='post_aggregates_post_id_fkey'),
    PrimaryKeyConstraint('post_id', name='post_aggregates_pkey')
)
